package dk.valghalla.adapter.rest.admin.worklocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.UUID;

/**
 * Create and revise; {@code version} is required when revising (the version the user edited). {@code teamIds} and
 * {@code taskTypeIds} are the complete sets of the teams that work at the location and the task types done there
 * (empty = none).
 */
public record WorkLocationRequest(@NotNull UUID areaId, @NotBlank @Size(max = 255) String title,
                                  @Size(max = 255) String address, @Pattern(regexp = "[0-9]{4}") String postalCode,
                                  @Size(max = 255) String city, @Positive Integer votingAreaNumber,
                                  @NotNull Set<@NotNull UUID> teamIds, @NotNull Set<@NotNull UUID> taskTypeIds,
                                  @PositiveOrZero Long version) {
}
