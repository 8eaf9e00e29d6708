package dk.valghalla.adapter.rest.admin.specialdiet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreateSpecialDietRequest(@NotBlank @Size(max = 255) String title) {
}
