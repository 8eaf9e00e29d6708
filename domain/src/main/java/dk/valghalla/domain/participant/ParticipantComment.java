package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.InvalidValueException;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment (<i>kommentar</i>) that the election office wrote about a participant: who, when, what. Free text that
 * may hold a CPR number by mistake; it is masked like everything written about people.
 */
public record ParticipantComment(CommentId id, String authorId, String authorName, Instant writtenAt, String text) {
    public static final int TEXT_MAX = 2000;

    public ParticipantComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(writtenAt, "writtenAt");
        authorName = authorName == null || authorName.isBlank() ? authorId : authorName;
        text = CprNumber.maskAll(text(text));
    }

    public static ParticipantComment write(Actor author, String text, Instant now) {
        return new ParticipantComment(CommentId.newId(), author.id(), author.displayName(), now, text);
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "text.required", "A comment has a text");
        }
        String t = text.strip();
        if (t.length() > TEXT_MAX) {
            throw new InvalidValueException("text", "text.too_long", "A comment has at most " + TEXT_MAX + " characters");
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidValueException("text", "text.control_characters", "A comment contains control characters");
        }
        return t;
    }
}
