package dk.valghalla.adapter.rest.admin.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Create and revise; {@code version} is required when revising (the version the user edited). */
public record TeamRequest(@NotBlank @Size(max = 255) String name, @NotBlank @Size(max = 50) String shortName,
                          @Size(max = 2000) String description, @PositiveOrZero Long version) {
}
