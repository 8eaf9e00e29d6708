package dk.valghalla.application.participant;

import dk.valghalla.application.fakes.InMemoryParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;

/** The fake keeps the same contract as the database adapter. */
class InMemoryParticipantRepositoryTest extends ParticipantRepositoryContract {
    private final InMemoryParticipantRepository repository = new InMemoryParticipantRepository();

    @Override
    protected ParticipantRepository repository() {
        return repository;
    }

    @Override
    protected void inTransaction(Runnable step) {
        step.run();
    }

    @Override
    protected TeamId newTeam() {
        return TeamId.newId();
    }

    @Override
    protected SpecialDietId newSpecialDiet() {
        return SpecialDietId.newId();
    }

    @Override
    protected WorkLocationId newWorkLocation() {
        return WorkLocationId.newId();
    }
}
