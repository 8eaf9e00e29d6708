package dk.valghalla.domain.participant;

/** Guardianship as it matters for election work: whether the person is deprived of legal capacity. */
public enum Guardianship {
    NONE,
    /** <i>Umyndiggjort</i>: under guardianship with the legal capacity taken away. Such a person may not vote. */
    DEPRIVED_OF_LEGAL_CAPACITY
}
