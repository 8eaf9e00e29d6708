package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;

import java.util.Locale;
import java.util.Set;

/**
 * Deletes many participants at once (e.g. everybody after an election). The person must type the confirmation word
 * ({@value #CONFIRMATION_WORD}, or {@value #CONFIRMATION_WORD_EN} in the English interface).
 */
public record DeleteParticipantsCommand(Set<ParticipantId> ids, String confirmation) {
    public static final String CONFIRMATION_WORD = "SLET";
    public static final String CONFIRMATION_WORD_EN = "DELETE";
    /** At most this many in one request. */
    public static final int MAX = 1000;

    public DeleteParticipantsCommand {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
    }

    public boolean confirmed() {
        if (confirmation == null) {
            return false;
        }
        String typed = confirmation.strip().toUpperCase(Locale.ROOT);
        return typed.equals(CONFIRMATION_WORD) || typed.equals(CONFIRMATION_WORD_EN);
    }
}
