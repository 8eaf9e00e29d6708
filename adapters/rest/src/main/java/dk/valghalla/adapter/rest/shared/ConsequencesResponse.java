package dk.valghalla.adapter.rest.shared;

import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;

import java.util.List;
import java.util.Map;

/**
 * What a destructive action would do (the confirm-before-destroy protocol): {@code blockers} forbid it, {@code
 * warnings} are accepted by confirming. Each item has a stable code that the SPA translates, with its figures.
 */
public record ConsequencesResponse(boolean allowed, List<Item> blockers, List<Item> warnings) {
    public record Item(String code, Map<String, String> params) {
    }

    public static ConsequencesResponse from(Consequences c) {
        return new ConsequencesResponse(c.allowed(), items(c.blockers()), items(c.warnings()));
    }

    private static List<Item> items(List<Consequence> list) {
        return list.stream().map(x -> new Item(x.code(), x.params())).toList();
    }
}
