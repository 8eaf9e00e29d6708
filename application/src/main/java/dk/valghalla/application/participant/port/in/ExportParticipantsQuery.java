package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which participants to export (the same criteria as the list, {@link ListParticipantsQuery}) and which columns.
 * The protected-address column is always added: a person with address protection is marked in every export. No
 * columns chosen means {@link ParticipantExportColumn#DEFAULT}. The columns come in the enum's order.
 */
public record ExportParticipantsQuery(String text, TeamId team, SpecialDietId specialDiet,
                                      DigitalPostRegistration digitalPost, Boolean addressProtected,
                                      ElectionId election, ValidationStatus validation,
                                      List<ParticipantExportColumn> columns) {
    public ExportParticipantsQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        ValidationFilters.requireElection(validation, election);
        Set<ParticipantExportColumn> chosen = columns == null || columns.isEmpty()
                ? EnumSet.copyOf(ParticipantExportColumn.DEFAULT) : EnumSet.copyOf((Collection<ParticipantExportColumn>) columns);
        chosen.add(ParticipantExportColumn.MANDATORY);
        columns = List.copyOf(chosen);
    }

    public boolean includes(ParticipantExportColumn column) {
        return columns.contains(column);
    }
}
