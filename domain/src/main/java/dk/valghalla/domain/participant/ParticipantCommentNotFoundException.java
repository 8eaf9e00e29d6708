package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.NotFoundException;

public class ParticipantCommentNotFoundException extends NotFoundException {
    public ParticipantCommentNotFoundException(CommentId id) {
        super("participant.comment_not_found", "The participant has no comment " + id);
    }
}
