package dk.valghalla.domain.task;

/** Where a seat stands. A decline frees the seat (and, with the participant site, leaves a record of it). */
public enum TaskStatus {
    /** <i>Ledig</i>: nobody holds the seat. */
    FREE,
    /** <i>Afventer svar</i>: the office placed a person on the seat, who has not answered yet. */
    AWAITING_REPLY,
    /** <i>Accepteret</i>: the person holds the seat and said yes. */
    ACCEPTED
}
