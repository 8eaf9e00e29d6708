package dk.valghalla.adapter.rest.admin.election;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Create and revise; {@code version} is required when revising (the version the user edited). Dates are ISO days
 * ({@code 2027-03-02}); {@code workLocationIds} is the complete set of the locations that take part.
 */
public record ElectionRequest(@NotBlank @Size(max = 255) String title, @NotNull UUID electionTypeId,
                              @NotNull @Min(1) @Max(365) Integer lockPeriodDays, @NotNull LocalDate periodStart,
                              @NotNull LocalDate periodEnd, @NotNull LocalDate electionDate,
                              @NotEmpty Set<@NotNull UUID> workLocationIds, @PositiveOrZero Long version) {
}
