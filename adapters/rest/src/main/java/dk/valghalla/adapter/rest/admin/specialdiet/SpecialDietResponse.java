package dk.valghalla.adapter.rest.admin.specialdiet;

import dk.valghalla.domain.specialdiet.SpecialDiet;

import java.util.UUID;

public record SpecialDietResponse(UUID id, String title, long version) {
    static SpecialDietResponse from(SpecialDiet diet) {
        return new SpecialDietResponse(diet.id().value(), diet.title(), diet.version());
    }
}
