package dk.valghalla.application.electiontype;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.electiontype.port.in.CreateElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.DeleteElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.ReviseElectionTypeCommand;
import dk.valghalla.application.electiontype.service.ElectionTypeService;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryElectionTypeRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeInUseException;
import dk.valghalla.domain.electiontype.ElectionTypeTitleAlreadyUsedException;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static dk.valghalla.domain.electiontype.EligibilityRule.AGE_18_ON_TASK_DATE;
import static dk.valghalla.domain.electiontype.EligibilityRule.DANISH_CITIZENSHIP;
import static dk.valghalla.domain.electiontype.EligibilityRule.RESIDENT_IN_MUNICIPALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElectionTypeServiceTest {
    private final InMemoryElectionTypeRepository types = new InMemoryElectionTypeRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ElectionTypeService service = new ElectionTypeService(types,
            new AuditTrail(auditLog, FixedCurrentActor.admin(), new MutableClock(Instant.EPOCH)));

    @Test
    void aCreatedTypeIsListedWithItsRulesAndAudited() {
        service.createElectionType(new CreateElectionTypeCommand("Folketingsvalg", Set.of(DANISH_CITIZENSHIP, AGE_18_ON_TASK_DATE)));
        var page = service.listElectionTypes(new SearchQuery("folketing", new PageRequest(0, 10)));
        assertThat(page.items()).singleElement().satisfies(t ->
                assertThat(t.rules()).containsExactly(AGE_18_ON_TASK_DATE, DANISH_CITIZENSHIP));
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ELECTION_TYPE_CREATED);
            assertThat(e.summary()).isEqualTo("Folketingsvalg [AGE_18_ON_TASK_DATE, DANISH_CITIZENSHIP]");
        });
    }

    @Test
    void revisingReplacesTheRulesAndChecksVersionAndTitle() {
        ElectionType type = service.createElectionType(new CreateElectionTypeCommand("Kommunalvalg", Set.of(AGE_18_ON_TASK_DATE)));
        service.createElectionType(new CreateElectionTypeCommand("Europaparlamentsvalg", Set.of()));
        assertThatThrownBy(() -> service.reviseElectionType(
                new ReviseElectionTypeCommand(type.id(), "EUROPAPARLAMENTSVALG", Set.of(), 0)))
                .isInstanceOf(ElectionTypeTitleAlreadyUsedException.class);
        ElectionType revised = service.reviseElectionType(
                new ReviseElectionTypeCommand(type.id(), "Kommunalvalg", Set.of(RESIDENT_IN_MUNICIPALITY), 0));
        assertThat(revised.rules()).containsExactly(RESIDENT_IN_MUNICIPALITY);
        assertThat(revised.version()).isEqualTo(1);
        assertThatThrownBy(() -> service.reviseElectionType(
                new ReviseElectionTypeCommand(type.id(), "Kommunalvalg", Set.of(), 0)))
                .isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void aTypeInUseCannotBeDeletedEvenWhenConfirmed() {
        ElectionType type = service.createElectionType(new CreateElectionTypeCommand("Folketingsvalg", Set.of()));
        types.holdElections(type.id(), 2);
        assertThat(service.previewElectionTypeDeletion(type.id()).blockers())
                .extracting(c -> c.code()).containsExactly("election_type.in_use");
        assertThatThrownBy(() -> service.deleteElectionType(new DeleteElectionTypeCommand(type.id(), true)))
                .isInstanceOf(ElectionTypeInUseException.class);
        assertThat(service.listElectionTypes(new SearchQuery(null, new PageRequest(0, 10))).total()).isEqualTo(1);
    }

    @Test
    void anUnusedTypeIsDeletedOnlyWhenConfirmed() {
        ElectionType type = service.createElectionType(new CreateElectionTypeCommand("Folketingsvalg", Set.of()));
        assertThatThrownBy(() -> service.deleteElectionType(new DeleteElectionTypeCommand(type.id(), false)))
                .isInstanceOf(ConfirmationRequiredException.class);
        service.deleteElectionType(new DeleteElectionTypeCommand(type.id(), true));
        assertThat(service.listElectionTypes(new SearchQuery(null, new PageRequest(0, 10))).total()).isZero();
        assertThat(auditLog.entries()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.ELECTION_TYPE_DELETED);
    }
}
