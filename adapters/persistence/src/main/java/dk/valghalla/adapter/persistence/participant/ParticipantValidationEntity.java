package dk.valghalla.adapter.persistence.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Read-only view of the CPR refresh's {@code participant_validation} rows, so that the participant list's JPQL can
 * filter on them. {@link JpaCprRefreshRecords} writes the rows (in SQL).
 */
@Entity
@Immutable
@Table(name = "participant_validation")
@IdClass(ParticipantValidationEntity.Key.class)
public class ParticipantValidationEntity {
    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Id
    @Column(name = "election_id")
    public UUID electionId;

    /** ELIGIBLE, INELIGIBLE or NOT_IN_CPR. */
    @Column(name = "outcome")
    public String outcome;

    public static class Key implements Serializable {
        public UUID participantId;
        public UUID electionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(participantId, k.participantId)
                    && Objects.equals(electionId, k.electionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, electionId);
        }
    }
}
