package dk.valghalla.application.participant;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FakeCprVault;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryCprRefreshRecords;
import dk.valghalla.application.fakes.InMemoryElectionTypeRepository;
import dk.valghalla.application.fakes.InMemoryParticipantRepository;
import dk.valghalla.application.fakes.InMemoryPersonRegister;
import dk.valghalla.application.fakes.InMemorySpecialDietRepository;
import dk.valghalla.application.fakes.InMemoryTaskRepository;
import dk.valghalla.application.fakes.InMemoryTaskTypeRepository;
import dk.valghalla.application.fakes.InMemoryTeamRepository;
import dk.valghalla.application.fakes.InMemoryWorkLocationRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.fakes.TestPersons;
import dk.valghalla.application.participant.port.in.AssessParticipantEligibilityQuery;
import dk.valghalla.application.participant.port.in.AssignParticipantResponsibilitiesCommand;
import dk.valghalla.application.participant.port.in.CommentOnParticipantCommand;
import dk.valghalla.application.participant.port.in.CreateParticipantCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommentCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantsCommand;
import dk.valghalla.application.participant.port.in.ElectionTypeEligibility;
import dk.valghalla.application.participant.port.in.ListParticipantsQuery;
import dk.valghalla.application.participant.port.in.ListedParticipant;
import dk.valghalla.application.participant.port.in.LookUpPersonCommand;
import dk.valghalla.application.participant.port.in.PersonLookup;
import dk.valghalla.application.participant.port.in.ReviseParticipantCommand;
import dk.valghalla.application.participant.service.ParticipantDeletionService;
import dk.valghalla.application.participant.service.ParticipantService;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.task.service.SeatsOfParticipants;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.CommentId;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantAlreadyExistsException;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.participant.ParticipantCommentNotFoundException;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantNotFoundException;
import dk.valghalla.domain.participant.ParticipantReferenceException;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.participant.ValidationOutcome;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationDetails;
import dk.valghalla.domain.worklocation.WorkLocationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ParticipantServiceTest {
    private static final String ANNE = "0101901234";
    private static final String BENT = "0910888888";

    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    private final InMemoryPersonRegister register = new InMemoryPersonRegister();
    private final FakeCprVault vault = new FakeCprVault();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemorySpecialDietRepository diets = new InMemorySpecialDietRepository();
    private final InMemoryWorkLocationRepository workLocations = new InMemoryWorkLocationRepository();
    private final InMemoryElectionTypeRepository electionTypes = new InMemoryElectionTypeRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final TenantContext tenantContext = new TenantContext();
    private final InMemoryCprRefreshRecords refreshRecords = new InMemoryCprRefreshRecords(tenantContext, participants::all);
    private final SeatsOfParticipants seats = new SeatsOfParticipants(tasks, new InMemoryTaskTypeRepository());
    private final AuditTrail auditTrail = new AuditTrail(auditLog, FixedCurrentActor.admin(), clock);
    private final ParticipantService service = new ParticipantService(participants, register, vault, teams, diets,
            workLocations, electionTypes, seats, refreshRecords, tenantContext, FixedCurrentActor.admin(), auditTrail,
            clock);
    private final ParticipantDeletionService deletion = new ParticipantDeletionService(participants, seats, auditTrail);

    private Team venstre;
    private Team frivillige;
    private SpecialDiet vegetar;

    @BeforeEach
    void municipality() {
        tenantContext.enter(new Tenant(new TenantId("demo"), "Demo Kommune", TestPersons.HOME, new Cvr("29189846"),
                Set.of(new HostName("demo.localhost")), Map.of()));
        participants.readValidationsFrom(refreshRecords);
        venstre = Team.create("Venstre", "V", null);
        frivillige = Team.create("Frivillige", "F", null);
        teams.add(venstre);
        teams.add(frivillige);
        vegetar = SpecialDiet.create("Vegetar");
        diets.add(vegetar);
        register.add(TestPersons.person(ANNE, "Anne", "Jensen"))
                .add(TestPersons.person(BENT, "Bent", "Rasmussen"))
                .add(TestPersons.emigrated("0809707777", "Ole", "Andersen"));
        electionTypes.add(ElectionType.create("Folketingsvalg", EnumSet.allOf(EligibilityRule.class)));
        electionTypes.add(ElectionType.create("Europa-Parlamentsvalg", EnumSet.of(EligibilityRule.AGE_18_ON_TASK_DATE)));
    }

    private Participant create(String cpr, TeamId... teamIds) {
        return service.createParticipant(new CreateParticipantCommand(CprNumber.of(cpr), Set.of(teamIds), null, null, Set.of()));
    }

    private List<AuditAction> actions() {
        return auditLog.entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void aLookUpTellsWhoThePersonIsHowEligibleAndIsAudited() {
        PersonLookup lookup = service.lookUpPerson(new LookUpPersonCommand(CprNumber.of("0809707777"), LocalDate.of(2026, 11, 3)));

        assertThat(lookup.person().name().fullName()).isEqualTo("Ole Andersen");
        assertThat(lookup.participant()).isEmpty();
        assertThat(lookup.fetchedAt()).isEqualTo(clock.instant());
        assertThat(lookup.eligibility()).extracting(ElectionTypeEligibility::title)
                .containsExactly("Europa-Parlamentsvalg", "Folketingsvalg");
        assertThat(lookup.eligibility().get(0).eligibility().eligible()).isTrue();
        assertThat(lookup.eligibility().get(1).eligibility().failures()).containsExactly(
                Ineligibility.NOT_DANISH_CITIZEN, Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY, Ineligibility.UNDER_GUARDIANSHIP);
        AuditEntry entry = auditLog.entries().get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.PERSON_LOOKED_UP);
        assertThat(entry.objectId()).isEqualTo("080970-XXXX");
        assertThat(entry.summary()).doesNotContain("0809707777");
        assertThat(vault.openings()).isZero();
    }

    @Test
    void aLookUpOfAnUnknownNumberIsAuditedAndOfAnExistingParticipantSaysSo() {
        assertThatThrownBy(() -> service.lookUpPerson(new LookUpPersonCommand(CprNumber.of("1011999999"), null)))
                .isInstanceOf(PersonNotFoundException.class);
        assertThat(actions()).containsExactly(AuditAction.PERSON_LOOKED_UP);

        Participant anne = create(ANNE, venstre.id());
        PersonLookup lookup = service.lookUpPerson(new LookUpPersonCommand(CprNumber.of(ANNE), null));
        assertThat(lookup.participant()).contains(anne.id());
        assertThat(lookup.day()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void whenTheRegisterIsDownTheLookUpFailsClearlyAndNothingIsCreated() {
        register.setUnavailable(true);

        assertThatThrownBy(() -> service.lookUpPerson(new LookUpPersonCommand(CprNumber.of(ANNE), null)))
                .isInstanceOf(PersonRegisterUnavailableException.class);
        assertThatThrownBy(() -> create(ANNE, venstre.id())).isInstanceOf(PersonRegisterUnavailableException.class)
                .hasFieldOrPropertyWithValue("code", "cpr.unavailable");

        assertThat(participants.count()).isZero();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void aParticipantIsCreatedFromAFreshLookUpWithItsCprSealed() {
        Participant p = service.createParticipant(new CreateParticipantCommand(CprNumber.of(ANNE), Set.of(venstre.id()),
                "+45 20 30 40 50", " anne@example.dk ", Set.of(vegetar.id())));

        assertThat(register.lookups()).isEqualTo(1);
        assertThat(p.cpr().masked()).isEqualTo("010190-XXXX");
        assertThat(p.cpr().sealed()).doesNotContain(ANNE);
        assertThat(p.person().fetchedAt()).isEqualTo(clock.instant());
        assertThat(p.mobile().orElseThrow().digits()).isEqualTo("20304050");
        assertThat(p.email().orElseThrow().value()).isEqualTo("anne@example.dk");
        assertThat(service.showParticipant(p.id()).specialDiets()).containsExactly(vegetar.id());
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PARTICIPANT_CREATED);
            assertThat(e.summary()).isEqualTo("Anne Jensen (010190-XXXX)");
        });
    }

    @Test
    void creatingRefusesBadInputBeforeAskingTheRegister() {
        assertThatThrownBy(() -> service.createParticipant(new CreateParticipantCommand(CprNumber.of(ANNE), Set.of(), null, null, null)))
                .hasFieldOrPropertyWithValue("code", "participant.team_required");
        assertThatThrownBy(() -> service.createParticipant(new CreateParticipantCommand(CprNumber.of(ANNE),
                Set.of(venstre.id()), "123", null, null))).hasFieldOrPropertyWithValue("code", "participant.mobile_invalid");
        assertThatThrownBy(() -> service.createParticipant(new CreateParticipantCommand(CprNumber.of(ANNE),
                Set.of(venstre.id()), null, "anne@", null))).hasFieldOrPropertyWithValue("code", "participant.email_invalid");
        assertThat(register.lookups()).isZero();

        assertThatThrownBy(() -> create(ANNE, TeamId.newId())).isInstanceOf(ParticipantReferenceException.class)
                .hasFieldOrPropertyWithValue("code", "team.unknown");
        assertThatThrownBy(() -> service.createParticipant(new CreateParticipantCommand(CprNumber.of(ANNE),
                Set.of(venstre.id()), null, null, Set.of(SpecialDietId.newId()))))
                .hasFieldOrPropertyWithValue("code", "special_diet.unknown");
        assertThatThrownBy(() -> create("1011999999", venstre.id())).isInstanceOf(PersonNotFoundException.class);
        assertThat(participants.count()).isZero();
    }

    @Test
    void oneParticipantPerCprNumber() {
        create(ANNE, venstre.id());
        assertThatThrownBy(() -> create("010190-1234", frivillige.id())).isInstanceOf(ParticipantAlreadyExistsException.class)
                .hasFieldOrPropertyWithValue("code", "participant.already_exists");
        assertThat(participants.count()).isEqualTo(1);
    }

    @Test
    void theListFindsAWholeCprNumberWithoutOpeningAnyAndOtherwiseSearchesText() {
        create(ANNE, venstre.id());
        create(BENT, frivillige.id());
        PageRequest page = new PageRequest(0, 25);

        assertThat(names(new ListParticipantsQuery("091088-8888", null, null, null, null, null, null, page)))
                .containsExactly("Bent Rasmussen");
        assertThat(names(new ListParticipantsQuery("0101901234", null, null, null, null, null, null, page)))
                .containsExactly("Anne Jensen");
        assertThat(names(new ListParticipantsQuery("ras", null, null, null, null, null, null, page)))
                .containsExactly("Bent Rasmussen");
        assertThat(service.listParticipants(new ListParticipantsQuery(null, frivillige.id(), null, null, null, null, null,
                page)).total()).isEqualTo(1);
        assertThat(vault.openings()).isZero();
    }

    private List<String> names(ListParticipantsQuery query) {
        return service.listParticipants(query).items().stream().map(l -> l.participant().name()).toList();
    }

    @Test
    void theListIsFilteredByValidationStatusForTheElectionAndShowsEachOnesOutcome() {
        Participant anne = create(ANNE, venstre.id());
        Participant bent = create(BENT, frivillige.id());
        Participant ole = create("0809707777", frivillige.id());
        ElectionId kommunalvalg = ElectionId.newId();
        ElectionId folketingsvalg = ElectionId.newId();
        LocalDate day = LocalDate.of(2026, 12, 1);
        Instant night = Instant.parse("2026-11-22T00:30:00Z");
        refreshRecords.record(new ParticipantValidation(anne.id(), kommunalvalg, day, night, ValidationOutcome.ELIGIBLE,
                List.of()));
        refreshRecords.record(new ParticipantValidation(bent.id(), kommunalvalg, day, night, ValidationOutcome.INELIGIBLE,
                List.of(Ineligibility.UNDER_18_ON_TASK_DATE)));
        refreshRecords.record(ParticipantValidation.notInCpr(ole.id(), folketingsvalg, day, night));
        PageRequest page = new PageRequest(0, 25);

        Page<ListedParticipant> ineligible = service.listParticipants(new ListParticipantsQuery(null, null, null, null,
                null, kommunalvalg, ValidationStatus.INELIGIBLE, page));
        assertThat(ineligible.total()).isEqualTo(1);
        assertThat(ineligible.items()).singleElement().satisfies(l -> {
            assertThat(l.participant().name()).isEqualTo("Bent Rasmussen");
            assertThat(l.validationStatus()).isEqualTo(ValidationStatus.INELIGIBLE);
            assertThat(l.validation().failures()).containsExactly(Ineligibility.UNDER_18_ON_TASK_DATE);
            assertThat(l.validation().checkedAt()).isEqualTo(night);
        });
        assertThat(names(new ListParticipantsQuery(null, null, null, null, null, kommunalvalg,
                ValidationStatus.ELIGIBLE, page))).containsExactly("Anne Jensen");
        assertThat(names(new ListParticipantsQuery(null, null, null, null, null, kommunalvalg,
                ValidationStatus.NOT_CHECKED, page))).as("checked for another election only").containsExactly(ole.name());
        assertThat(names(new ListParticipantsQuery(null, null, null, null, null, folketingsvalg,
                ValidationStatus.NOT_IN_CPR, page))).containsExactly(ole.name());

        assertThat(service.listParticipants(new ListParticipantsQuery(null, null, null, null, null, kommunalvalg, null,
                page)).items()).as("the election alone: everybody, each with the status for it")
                .extracting(l -> l.participant().name(), ListedParticipant::validationStatus)
                .containsExactlyInAnyOrder(tuple("Anne Jensen", ValidationStatus.ELIGIBLE),
                        tuple("Bent Rasmussen", ValidationStatus.INELIGIBLE),
                        tuple(ole.name(), ValidationStatus.NOT_CHECKED));
        assertThat(service.listParticipants(new ListParticipantsQuery(null, null, null, null, null, null, null, page))
                .items()).as("no election: no status").allSatisfy(l -> {
            assertThat(l.validationStatus()).isNull();
            assertThat(l.validation()).isNull();
        });
    }

    @Test
    void aValidationFilterWithoutAnElectionIsRefused() {
        assertThatThrownBy(() -> new ListParticipantsQuery(null, null, null, null, null, null, ValidationStatus.ELIGIBLE,
                new PageRequest(0, 25))).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "participant.validation_election_required")
                .hasFieldOrPropertyWithValue("field", "electionId");
    }

    @Test
    void viewingTheWholeCprNumberIsAudited() {
        Participant p = create(ANNE, venstre.id());

        assertThat(service.revealParticipantCpr(p.id()).value()).isEqualTo(ANNE);

        assertThat(vault.openings()).isEqualTo(1);
        assertThat(auditLog.entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PARTICIPANT_CPR_VIEWED);
            assertThat(e.objectId()).isEqualTo(p.id().toString());
            assertThat(e.summary()).doesNotContain(ANNE);
        });
        assertThatThrownBy(() -> service.revealParticipantCpr(ParticipantId.newId()))
                .isInstanceOf(ParticipantNotFoundException.class);
    }

    @Test
    void eligibilityIsAssessedPerElectionTypeOnTheLastKnownData() {
        Participant ole = create("0809707777", venstre.id());
        register.setUnavailable(true);
        clock.advance(Duration.ofDays(30));

        List<ElectionTypeEligibility> all = service.assessParticipantEligibility(
                new AssessParticipantEligibilityQuery(ole.id(), null, LocalDate.of(2026, 11, 3)));
        assertThat(all).extracting(e -> e.eligibility().eligible()).containsExactly(true, false);
        ElectionType folketingsvalg = electionTypes.search("Folketing", new PageRequest(0, 1)).items().get(0);
        assertThat(service.assessParticipantEligibility(new AssessParticipantEligibilityQuery(ole.id(), folketingsvalg.id(), null)))
                .singleElement().satisfies(e -> assertThat(e.eligibility().failures()).contains(Ineligibility.NOT_DANISH_CITIZEN));
        assertThat(service.showParticipant(ole.id()).person().ageAt(clock.instant())).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void contactDietsAndTeamsAreRevisedWithTheVersion() {
        Participant p = create(ANNE, venstre.id());

        Participant revised = service.reviseParticipant(new ReviseParticipantCommand(p.id(), "61234567", "anne@example.dk",
                Set.of(vegetar.id()), Set.of(venstre.id(), frivillige.id()), 0));

        assertThat(revised.version()).isEqualTo(1);
        assertThat(revised.teams()).containsExactlyInAnyOrder(venstre.id(), frivillige.id());
        assertThat(actions()).containsExactly(AuditAction.PARTICIPANT_CREATED, AuditAction.PARTICIPANT_UPDATED);
        assertThatThrownBy(() -> service.reviseParticipant(new ReviseParticipantCommand(p.id(), null, null, Set.of(),
                Set.of(venstre.id()), 0))).isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> service.reviseParticipant(new ReviseParticipantCommand(p.id(), null, null, Set.of(),
                Set.of(), 1))).hasFieldOrPropertyWithValue("code", "participant.team_required");
        assertThatThrownBy(() -> service.reviseParticipant(new ReviseParticipantCommand(p.id(), null, null, Set.of(),
                Set.of(TeamId.newId()), 1))).isInstanceOf(ParticipantReferenceException.class);
        assertThat(service.showParticipant(p.id()).teams()).hasSize(2);
    }

    @Test
    void commentsAreWrittenByTheSignedInAdminAndDeletedAudited() {
        Participant p = create(ANNE, venstre.id());

        ParticipantComment comment = service.commentOnParticipant(new CommentOnParticipantCommand(p.id(), "Ringede, kan godt"));

        assertThat(comment.authorName()).isEqualTo("Ada Admin");
        assertThat(comment.writtenAt()).isEqualTo(clock.instant());
        assertThat(service.showParticipant(p.id()).comments()).containsExactly(comment);
        service.deleteParticipantComment(new DeleteParticipantCommentCommand(p.id(), comment.id()));
        assertThat(service.showParticipant(p.id()).comments()).isEmpty();
        assertThatThrownBy(() -> service.deleteParticipantComment(new DeleteParticipantCommentCommand(p.id(), CommentId.newId())))
                .isInstanceOf(ParticipantCommentNotFoundException.class);
        assertThatThrownBy(() -> service.commentOnParticipant(new CommentOnParticipantCommand(p.id(), " ")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(actions()).containsExactly(AuditAction.PARTICIPANT_CREATED, AuditAction.PARTICIPANT_COMMENT_ADDED,
                AuditAction.PARTICIPANT_COMMENT_DELETED);
    }

    @Test
    void responsibilitiesAreGrantedAndRevokedEachAudited() {
        Participant p = create(ANNE, venstre.id());
        WorkLocation school = WorkLocation.create(new WorkLocationDetails(AreaId.newId(), "Skolen", null, null, null, null),
                Set.of(), Set.of());
        workLocations.add(school);

        Participant granted = service.assignParticipantResponsibilities(new AssignParticipantResponsibilitiesCommand(p.id(),
                Set.of(venstre.id()), Set.of(school.id())));
        assertThat(granted.responsibleForTeams()).containsExactly(venstre.id());
        assertThat(granted.responsibleForWorkLocations()).containsExactly(school.id());
        service.assignParticipantResponsibilities(new AssignParticipantResponsibilitiesCommand(p.id(), Set.of(), Set.of(school.id())));

        assertThat(auditLog.entries()).extracting(AuditEntry::summary).contains(
                "Anne Jensen (010190-XXXX): team responsible for Venstre",
                "Anne Jensen (010190-XXXX): responsible for work location Skolen",
                "Anne Jensen (010190-XXXX): no longer team responsible for Venstre");
        assertThat(actions()).filteredOn(a -> a == AuditAction.PARTICIPANT_RESPONSIBILITY_GRANTED).hasSize(2);
        assertThatThrownBy(() -> service.assignParticipantResponsibilities(new AssignParticipantResponsibilitiesCommand(p.id(),
                Set.of(), Set.of(WorkLocationId.newId())))).hasFieldOrPropertyWithValue("code", "work_location.unknown");
    }

    @Test
    void deletingWarnsAboutRightsAndActsOnlyWhenConfirmed() {
        Participant p = create(ANNE, venstre.id());
        service.assignParticipantResponsibilities(new AssignParticipantResponsibilitiesCommand(p.id(), Set.of(venstre.id()), Set.of()));

        assertThat(deletion.previewParticipantDeletion(p.id()).warnings()).extracting(w -> w.code())
                .containsExactly("participant.team_responsible");
        assertThatThrownBy(() -> deletion.deleteParticipant(new DeleteParticipantCommand(p.id(), false)))
                .isInstanceOf(ConfirmationRequiredException.class);
        assertThat(participants.count()).isEqualTo(1);

        deletion.deleteParticipant(new DeleteParticipantCommand(p.id(), true));

        assertThat(participants.count()).isZero();
        assertThat(auditLog.entries()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.PARTICIPANT_DELETED);
    }

    @Test
    void bulkDeletionNeedsTheTypedWordAndActsOnAllOrNone() {
        Participant anne = create(ANNE, venstre.id());
        Participant bent = create(BENT, venstre.id());
        create("0809707777", frivillige.id());
        Set<ParticipantId> both = Set.of(anne.id(), bent.id());

        assertThat(deletion.previewParticipantsDeletion(both).warnings()).extracting(w -> w.code() + "=" + w.params().get("count"))
                .containsExactly("participants.deleted=2");
        assertThatThrownBy(() -> deletion.deleteParticipants(new DeleteParticipantsCommand(both, null)))
                .isInstanceOf(ConfirmationRequiredException.class);
        assertThatThrownBy(() -> deletion.deleteParticipants(new DeleteParticipantsCommand(both, "slettes")))
                .isInstanceOf(ConfirmationRequiredException.class);
        assertThatThrownBy(() -> deletion.deleteParticipants(new DeleteParticipantsCommand(
                Set.of(anne.id(), ParticipantId.newId()), "SLET"))).isInstanceOf(ParticipantNotFoundException.class);
        assertThatThrownBy(() -> deletion.deleteParticipants(new DeleteParticipantsCommand(Set.of(), "SLET")))
                .hasFieldOrPropertyWithValue("code", "participants.none_chosen");
        assertThat(participants.count()).isEqualTo(3);

        assertThat(deletion.deleteParticipants(new DeleteParticipantsCommand(both, " slet "))).isEqualTo(2);

        assertThat(participants.count()).isEqualTo(1);
        assertThat(auditLog.entries()).filteredOn(e -> e.action() == AuditAction.PARTICIPANT_DELETED)
                .extracting(AuditEntry::objectId).containsExactlyInAnyOrder(anne.id().toString(), bent.id().toString());
    }

    private dk.valghalla.domain.task.Task seatOf(Participant p, TeamId team, boolean accepted) {
        dk.valghalla.domain.task.Task seat = dk.valghalla.domain.task.Task.free(new dk.valghalla.domain.task.TaskSlot(
                dk.valghalla.domain.election.ElectionId.newId(), WorkLocationId.newId(),
                dk.valghalla.domain.tasktype.TaskTypeId.newId(), team, LocalDate.of(2027, 3, 2)));
        seat.assign(p.id(), clock.instant());
        if (accepted) {
            seat.accept(clock.instant());
        }
        tasks.add(List.of(seat));
        return seat;
    }

    @Test
    void aParticipantCannotLeaveATeamInWhichItHoldsAnAcceptedTaskButMayLeaveOneWithAPendingSeat() {
        Participant anne = create(ANNE, venstre.id(), frivillige.id());
        seatOf(anne, venstre.id(), true);
        seatOf(anne, frivillige.id(), false);

        assertThatThrownBy(() -> service.reviseParticipant(new ReviseParticipantCommand(anne.id(), null, null,
                Set.of(), Set.of(frivillige.id()), anne.version()))).extracting("code").isEqualTo("participant.team_has_accepted_task");

        Participant revised = service.reviseParticipant(new ReviseParticipantCommand(anne.id(), null, null,
                Set.of(), Set.of(venstre.id()), anne.version()));
        assertThat(revised.teams()).containsExactly(venstre.id());
    }

    @Test
    void deletingAParticipantWarnsOfItsSeatsAndFreesThem() {
        Participant anne = create(ANNE, venstre.id());
        dk.valghalla.domain.task.Task seat = seatOf(anne, venstre.id(), true);

        assertThat(deletion.previewParticipantDeletion(anne.id()).warnings()).extracting(w -> w.code() + "=" + w.params().get("count"))
                .containsExactly("participant.holds_tasks=1");
        deletion.deleteParticipant(new DeleteParticipantCommand(anne.id(), true));

        assertThat(tasks.findById(seat.id()).orElseThrow().status()).isEqualTo(dk.valghalla.domain.task.TaskStatus.FREE);
        assertThat(participants.findById(anne.id())).isEmpty();
    }

    @Test
    void bulkDeletionWarnsOfTheSeatsItWillFree() {
        Participant anne = create(ANNE, venstre.id());
        Participant bent = create(BENT, venstre.id());
        seatOf(anne, venstre.id(), true);
        seatOf(bent, venstre.id(), false);

        assertThat(deletion.previewParticipantsDeletion(Set.of(anne.id(), bent.id())).warnings())
                .extracting(w -> w.code() + "=" + w.params().get("count"))
                .contains("participants.deleted=2", "participants.hold_tasks=2");
        deletion.deleteParticipants(new DeleteParticipantsCommand(Set.of(anne.id(), bent.id()), "SLET"));
        assertThat(tasks.findHeldBy(List.of(anne.id(), bent.id()))).isEmpty();
    }
}
