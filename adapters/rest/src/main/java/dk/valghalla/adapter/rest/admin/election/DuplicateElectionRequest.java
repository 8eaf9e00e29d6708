package dk.valghalla.adapter.rest.admin.election;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A copy of an election around a new election day: its period runs from {@code daysBefore} days before to
 * {@code daysAfter} days after it; {@code workLocationIds} are the source's locations to take along.
 */
public record DuplicateElectionRequest(@NotBlank @Size(max = 255) String title, @NotNull UUID electionTypeId,
                                       @NotNull @Min(1) @Max(365) Integer lockPeriodDays,
                                       @NotNull LocalDate electionDate, @NotNull @Min(0) @Max(365) Integer daysBefore,
                                       @NotNull @Min(0) @Max(365) Integer daysAfter,
                                       @NotEmpty Set<@NotNull UUID> workLocationIds) {
}
