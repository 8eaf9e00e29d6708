package dk.valghalla.application.team.port.in;

import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.team.TeamId;

public interface PreviewTeamDeletionUseCase {
    Consequences previewTeamDeletion(TeamId id);
}
