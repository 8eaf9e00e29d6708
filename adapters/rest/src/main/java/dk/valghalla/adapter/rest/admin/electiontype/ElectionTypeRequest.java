package dk.valghalla.adapter.rest.admin.electiontype;

import dk.valghalla.domain.electiontype.EligibilityRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** Create and revise; {@code version} is required when revising (the version the user edited). */
public record ElectionTypeRequest(@NotBlank @Size(max = 255) String title, @NotNull Set<@NotNull EligibilityRule> rules,
                                  @PositiveOrZero Long version) {
}
