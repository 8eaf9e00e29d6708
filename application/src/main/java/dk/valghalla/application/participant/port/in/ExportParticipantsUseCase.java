package dk.valghalla.application.participant.port.in;

public interface ExportParticipantsUseCase {
    /**
     * Streams the matching participants in Danish alphabetical order of their names into the sink, and writes one
     * audit entry (format, columns, criteria, rows); with the whole CPR number chosen, also a CPR-viewing entry.
     *
     * @return the number of rows written
     */
    long exportParticipants(ExportParticipantsQuery query, ParticipantExportSink sink);
}
