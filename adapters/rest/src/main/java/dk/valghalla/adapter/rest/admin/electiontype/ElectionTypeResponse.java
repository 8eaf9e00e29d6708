package dk.valghalla.adapter.rest.admin.electiontype;

import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.EligibilityRule;

import java.util.List;
import java.util.UUID;

public record ElectionTypeResponse(UUID id, String title, List<EligibilityRule> rules, long version) {
    static ElectionTypeResponse from(ElectionType type) {
        return new ElectionTypeResponse(type.id().value(), type.title(), List.copyOf(type.rules()), type.version());
    }
}
