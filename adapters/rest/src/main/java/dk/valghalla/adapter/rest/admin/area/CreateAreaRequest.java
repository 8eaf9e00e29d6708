package dk.valghalla.adapter.rest.admin.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreateAreaRequest(@NotBlank @Size(max = 255) String name, @Size(max = 2000) String description) {
}
