package dk.valghalla.domain.shared;

import java.util.List;

/**
 * What a destructive action would do, told before it is done: <em>blockers</em> forbid it outright (the last area),
 * <em>warnings</em> are what the person accepts by confirming (seats that will be freed). The protocol: the server
 * answers the preview, the person confirms, the server acts, and refuses to act without the confirmation.
 */
public record Consequences(List<Consequence> blockers, List<Consequence> warnings) {
    public static final Consequences NONE = new Consequences(List.of(), List.of());

    public Consequences {
        blockers = blockers == null ? List.of() : List.copyOf(blockers);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean allowed() {
        return blockers.isEmpty();
    }
}
