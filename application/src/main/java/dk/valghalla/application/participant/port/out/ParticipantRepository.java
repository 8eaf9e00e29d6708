package dk.valghalla.application.participant.port.out;

import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.participant.CommentId;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.participant.ParticipantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The current tenant's participants. CPR numbers arrive and leave sealed; the storage never sees one in clear. */
public interface ParticipantRepository {
    /** The matches in Danish alphabetical order of their names. */
    Page<Participant> search(ParticipantSearch search, PageRequest page);

    /**
     * Hands every match to {@code action}, one at a time in Danish alphabetical order of names, as the storage reads
     * them: never all of them in memory at once (exports of tens of thousands). The participants come without their
     * comments. Call it inside a transaction.
     */
    void forEachMatching(ParticipantSearch search, Consumer<Participant> action);

    Optional<Participant> findById(ParticipantId id);

    /** As {@link #findById}, holding the participant's row until the transaction ends (one change at a time). */
    Optional<Participant> lockById(ParticipantId id);

    /** The participants among these ids that exist (in no particular order). */
    List<Participant> findAll(Collection<ParticipantId> ids);

    /** The participant with this CPR number, found by the number's lookup key. */
    Optional<ParticipantId> findIdByCprLookupKey(String lookupKey);

    /**
     * Throws {@code ParticipantAlreadyExistsException} if a concurrent insert took the CPR number, and
     * {@code ParticipantReferenceException} if a team or special diet was deleted meanwhile.
     */
    void add(Participant participant);

    /**
     * Stores contact, special diets, teams, responsibilities and CPR data (not the comments). Throws
     * {@code ConcurrentModificationException} if the version is no longer current, and
     * {@code ParticipantReferenceException} for a team, diet or work location deleted meanwhile.
     */
    void update(Participant participant);

    void addComment(ParticipantId participant, ParticipantComment comment);

    /** @return false when the participant has no such comment */
    boolean removeComment(ParticipantId participant, CommentId comment);

    /** Deletes the participants with their comments, memberships, diets and rights. */
    void removeAll(Collection<ParticipantId> ids);
}
