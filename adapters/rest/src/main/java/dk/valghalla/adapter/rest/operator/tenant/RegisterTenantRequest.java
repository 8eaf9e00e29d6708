package dk.valghalla.adapter.rest.operator.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.Set;

public record RegisterTenantRequest(@NotBlank String id, @NotBlank @Size(max = 255) String name,
                                    @NotBlank String municipalityCode, @NotBlank String cvr,
                                    @NotEmpty Set<@NotBlank String> hosts, Map<String, String> settings) {
}
