package dk.valghalla.adapter.rest.admin.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** {@code version} is the version the user started editing; a newer stored version means somebody else was faster. */
public record UpdateAreaRequest(@NotBlank @Size(max = 255) String name, @Size(max = 2000) String description,
                                @NotNull @PositiveOrZero Long version) {
}
