package dk.valghalla.application.election;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.election.port.in.DeleteElectionCommand;
import dk.valghalla.application.election.port.in.DuplicateElectionCommand;
import dk.valghalla.application.election.port.in.ElectionFields;
import dk.valghalla.application.election.port.in.ListElectionsQuery;
import dk.valghalla.application.election.port.in.ReviseElectionCommand;
import dk.valghalla.application.election.service.ElectionService;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryElectionRepository;
import dk.valghalla.application.fakes.InMemoryElectionTypeRepository;
import dk.valghalla.application.fakes.InMemoryWorkLocationRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionActiveException;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.election.ElectionNotFoundException;
import dk.valghalla.domain.election.ElectionPeriodEndedException;
import dk.valghalla.domain.election.ElectionTitleAlreadyUsedException;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.worklocation.UnknownReferenceException;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationDetails;
import dk.valghalla.domain.worklocation.WorkLocationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElectionServiceTest {
    /** 2027-01-10 12:00 in Copenhagen. */
    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-10T11:00:00Z"));
    private final InMemoryElectionRepository elections = new InMemoryElectionRepository();
    private final InMemoryElectionTypeRepository types = new InMemoryElectionTypeRepository();
    private final InMemoryWorkLocationRepository locations = new InMemoryWorkLocationRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ElectionService service = new ElectionService(elections, types, locations,
            new AuditTrail(auditLog, FixedCurrentActor.admin(), clock), clock);

    private ElectionType folketingsvalg;
    private WorkLocation raadhuset;
    private WorkLocation skolen;

    @BeforeEach
    void masterData() {
        folketingsvalg = ElectionType.create("Folketingsvalg", Set.of());
        types.add(folketingsvalg);
        AreaId nord = AreaId.newId();
        raadhuset = WorkLocation.create(new WorkLocationDetails(nord, "Rådhuset", null, null, null, 1), Set.of(), Set.of());
        skolen = WorkLocation.create(new WorkLocationDetails(nord, "Skolen", null, null, null, 2), Set.of(), Set.of());
        locations.add(raadhuset);
        locations.add(skolen);
    }

    private ElectionFields fields(String title, LocalDate electionDate, WorkLocationId... workLocations) {
        return new ElectionFields(title, folketingsvalg.id(), 5, electionDate.minusDays(30), electionDate.plusDays(1),
                electionDate, Set.of(workLocations));
    }

    private Election create(String title, LocalDate electionDate) {
        return service.createElection(fields(title, electionDate, raadhuset.id()));
    }

    @Test
    void anElectionIsCreatedInactiveAndAudited() {
        Election election = service.createElection(fields("Folketingsvalg 2027", LocalDate.of(2027, 3, 2),
                raadhuset.id(), skolen.id()));
        assertThat(election.active()).isFalse();
        assertThat(service.showElection(election.id()).workLocations()).hasSize(2);
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ELECTION_CREATED);
            assertThat(e.summary()).isEqualTo("Folketingsvalg 2027 (Folketingsvalg, 2027-03-02, 2 work location(s))");
        });
    }

    @Test
    void theTypeAndTheWorkLocationsMustExist() {
        assertThatThrownBy(() -> service.createElection(new ElectionFields("Valg", new ElectionTypeId(java.util.UUID.randomUUID()),
                5, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 2), Set.of(raadhuset.id()))))
                .isInstanceOf(UnknownReferenceException.class).hasFieldOrPropertyWithValue("code", "election_type.unknown");
        assertThatThrownBy(() -> service.createElection(fields("Valg", LocalDate.of(2027, 3, 2), WorkLocationId.newId())))
                .isInstanceOf(UnknownReferenceException.class).hasFieldOrPropertyWithValue("field", "workLocationIds");
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void titlesAreUniquePerElectionDay() {
        Election first = create("Folketingsvalg", LocalDate.of(2027, 3, 2));
        assertThatThrownBy(() -> create("FOLKETINGSVALG", LocalDate.of(2027, 3, 2)))
                .isInstanceOf(ElectionTitleAlreadyUsedException.class).hasFieldOrPropertyWithValue("code", "election.title_taken");
        Election later = create("Folketingsvalg", LocalDate.of(2031, 3, 4));
        assertThatThrownBy(() -> service.reviseElection(new ReviseElectionCommand(later.id(),
                fields("Folketingsvalg", LocalDate.of(2027, 3, 2), raadhuset.id()), 0)))
                .isInstanceOf(ElectionTitleAlreadyUsedException.class);
        assertThat(first.id()).isNotEqualTo(later.id());
    }

    @Test
    void electionsAreListedLatestFirstAndFilteredByStateAndTitle() {
        create("Kommunalvalg", LocalDate.of(2025, 11, 18));
        Election ft = create("Folketingsvalg", LocalDate.of(2027, 3, 2));
        create("Europaparlamentsvalg", LocalDate.of(2029, 6, 9));
        service.activateElection(ft.id());
        var all = service.listElections(new ListElectionsQuery(null, null, new PageRequest(0, 10)));
        assertThat(all.items()).extracting(Election::title)
                .containsExactly("Europaparlamentsvalg", "Folketingsvalg", "Kommunalvalg");
        assertThat(service.listElections(new ListElectionsQuery(" ", true, new PageRequest(0, 10))).items())
                .extracting(Election::title).containsExactly("Folketingsvalg");
        assertThat(service.listElections(new ListElectionsQuery("valg", false, new PageRequest(0, 1))).total()).isEqualTo(2);
    }

    @Test
    void revisingChecksTheVersionAndTheActiveRules() {
        Election election = create("Folketingsvalg", LocalDate.of(2027, 3, 2));
        Election revised = service.reviseElection(new ReviseElectionCommand(election.id(),
                fields("Folketingsvalget", LocalDate.of(2027, 3, 2), raadhuset.id(), skolen.id()), 0));
        assertThat(revised.version()).isEqualTo(1);
        assertThat(revised.workLocations()).hasSize(2);
        assertThatThrownBy(() -> service.reviseElection(new ReviseElectionCommand(election.id(),
                fields("X", LocalDate.of(2027, 3, 2), raadhuset.id()), 0)))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "election.modified_concurrently");

        Election active = service.activateElection(election.id());
        assertThatThrownBy(() -> service.reviseElection(new ReviseElectionCommand(election.id(),
                fields("Folketingsvalget", LocalDate.of(2027, 3, 2), raadhuset.id()), active.version())))
                .isInstanceOf(ElectionActiveException.class)
                .hasFieldOrPropertyWithValue("code", "election.active_work_locations_removed");
        assertThat(auditLog.entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ELECTION_CREATED, AuditAction.ELECTION_UPDATED, AuditAction.ELECTION_ACTIVATED);
    }

    @Test
    void activationIsIdempotentAndRefusedAfterThePeriod() {
        Election election = create("Folketingsvalg", LocalDate.of(2027, 3, 2));
        assertThat(service.activateElection(election.id()).active()).isTrue();
        assertThat(service.activateElection(election.id()).active()).isTrue();
        assertThat(service.deactivateElection(election.id()).active()).isFalse();
        assertThat(service.deactivateElection(election.id()).active()).isFalse();
        assertThat(auditLog.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.ELECTION_CREATED,
                AuditAction.ELECTION_ACTIVATED, AuditAction.ELECTION_DEACTIVATED);

        clock.advance(Duration.ofDays(90));
        assertThatThrownBy(() -> service.activateElection(election.id()))
                .isInstanceOf(ElectionPeriodEndedException.class);
        assertThat(service.showElection(election.id()).active()).isFalse();
    }

    @Test
    void anElectionIsDuplicatedToANewDayWithTheChosenWorkLocations() {
        Election source = service.createElection(fields("Folketingsvalg", LocalDate.of(2027, 3, 2),
                raadhuset.id(), skolen.id()));
        service.activateElection(source.id());
        Election copy = service.duplicateElection(new DuplicateElectionCommand(source.id(), "Folketingsvalg",
                folketingsvalg.id(), 7, LocalDate.of(2031, 3, 4), 30, 1, Set.of(skolen.id())));
        assertThat(copy.active()).isFalse();
        assertThat(copy.period().start()).isEqualTo(LocalDate.of(2031, 2, 2));
        assertThat(copy.period().end()).isEqualTo(LocalDate.of(2031, 3, 5));
        assertThat(copy.workLocations()).containsExactly(skolen.id());
        assertThat(copy.lockPeriodDays()).isEqualTo(7);
        assertThat(auditLog.entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ELECTION_DUPLICATED);
            assertThat(e.summary()).endsWith("copied from Folketingsvalg 2027-03-02");
        });
        assertThatThrownBy(() -> service.duplicateElection(new DuplicateElectionCommand(source.id(), "Folketingsvalg",
                folketingsvalg.id(), 7, LocalDate.of(2027, 3, 2), 30, 1, Set.of(skolen.id()))))
                .as("same title on the same day").isInstanceOf(ElectionTitleAlreadyUsedException.class);
        assertThatThrownBy(() -> service.duplicateElection(new DuplicateElectionCommand(source.id(), "X",
                folketingsvalg.id(), 7, LocalDate.of(2031, 3, 4), -1, 1, Set.of(skolen.id()))))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "daysBefore");
    }

    @Test
    void onlyAnInactiveElectionIsDeletedAndOnlyWhenConfirmed() {
        Election election = create("Folketingsvalg", LocalDate.of(2027, 3, 2));
        service.activateElection(election.id());
        assertThat(service.previewElectionDeletion(election.id()).blockers()).extracting(c -> c.code())
                .containsExactly("election.active");
        assertThatThrownBy(() -> service.deleteElection(new DeleteElectionCommand(election.id(), true)))
                .isInstanceOf(ElectionActiveException.class);
        service.deactivateElection(election.id());
        assertThatThrownBy(() -> service.deleteElection(new DeleteElectionCommand(election.id(), false)))
                .isInstanceOfSatisfying(ConfirmationRequiredException.class, e -> assertThat(e.consequences().warnings())
                        .extracting(c -> c.code()).containsExactly("election.deleted_for_good"));
        service.deleteElection(new DeleteElectionCommand(election.id(), true));
        assertThatThrownBy(() -> service.showElection(election.id())).isInstanceOf(ElectionNotFoundException.class);
        assertThatThrownBy(() -> service.deleteElection(new DeleteElectionCommand(new ElectionId(java.util.UUID.randomUUID()), true)))
                .isInstanceOf(ElectionNotFoundException.class);
        assertThat(auditLog.entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ELECTION_DELETED);
            assertThat(e.summary()).isEqualTo("Folketingsvalg 2027-03-02");
        });
    }
}
