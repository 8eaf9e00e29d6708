package dk.valghalla.adapter.rest.admin.specialdiet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record RenameSpecialDietRequest(@NotBlank @Size(max = 255) String title, @NotNull @PositiveOrZero Long version) {
}
