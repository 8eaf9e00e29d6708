package dk.valghalla.adapter.rest.admin.tasktype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Create and revise; {@code version} is required when revising (the version the user edited). Times are "HH:mm" on
 * the same day; {@code description} is HTML and is sanitized (never refused for its markup); {@code payment} is in
 * whole Danish kroner or null.
 */
public record TaskTypeRequest(@NotBlank @Size(max = 255) String title,
                              @NotBlank @Size(max = 50) String shortName,
                              @Size(max = 100_000) String description,
                              @NotNull @Pattern(regexp = TIME) String startTime,
                              @NotNull @Pattern(regexp = TIME) String endTime,
                              @PositiveOrZero Integer payment,
                              boolean validationNotRequired,
                              boolean trusted,
                              boolean sendReminder,
                              @PositiveOrZero Long version) {
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
}
