package dk.valghalla.application.participant;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FakeCprVault;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryCprRefreshRecords;
import dk.valghalla.application.fakes.InMemoryParticipantRepository;
import dk.valghalla.application.fakes.InMemoryPersonRegister;
import dk.valghalla.application.fakes.InMemoryTenantRegistry;
import dk.valghalla.application.fakes.InMemoryTaskRepository;
import dk.valghalla.application.fakes.InMemoryTaskTypeRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.task.service.SeatsOfParticipants;
import dk.valghalla.application.fakes.TestPersons;
import dk.valghalla.application.participant.port.in.CprRefreshReport;
import dk.valghalla.application.participant.port.out.CprRefreshLimits;
import dk.valghalla.application.participant.port.out.CprRefreshRecords.ActiveElection;
import dk.valghalla.application.participant.service.CprRefreshService;
import dk.valghalla.application.participant.service.CprRefreshSteps;
import dk.valghalla.application.shared.throttle.TokenBucket;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.CprRefreshRun;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonName;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.participant.PersonStatus;
import dk.valghalla.domain.participant.ValidationOutcome;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CprRefreshServiceTest {
    private static final Instant CREATED = Instant.parse("2026-10-01T10:00:00Z");
    private static final Instant NIGHT = Instant.parse("2026-11-22T01:30:00Z");
    private static final LocalDate ELECTION_DAY = LocalDate.of(2026, 12, 1);
    private static final Set<EligibilityRule> ALL_RULES = EnumSet.allOf(EligibilityRule.class);

    private final TenantContext tenantContext = new TenantContext();
    private final InMemoryTenantRegistry registry = new InMemoryTenantRegistry();
    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    private final InMemoryCprRefreshRecords records = new InMemoryCprRefreshRecords(tenantContext, participants::all);
    private final InMemoryPersonRegister register = new InMemoryPersonRegister();
    private final FakeCprVault vault = new FakeCprVault();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
    private final InMemoryTaskTypeRepository taskTypes = new InMemoryTaskTypeRepository();
    private final MutableClock clock = new MutableClock(NIGHT);
    private Limits limits = new Limits(1000, 4, 3);
    private java.util.function.Function<CprRefreshLimits, TokenBucket> rateLimiter =
            l -> TokenBucket.perSecond(l.callsPerSecond(), 1);

    private record Limits(double callsPerSecond, int maxConcurrentCalls, int batchSize) implements CprRefreshLimits {
    }

    private CprRefreshService service() {
        return new CprRefreshService(registry, new TenantWork(tenantContext),
                new CprRefreshSteps(records, participants, new SeatsOfParticipants(tasks, taskTypes), tenantContext,
                        new AuditTrail(auditLog, FixedCurrentActor.admin(), clock), clock),
                register, vault, limits, clock, rateLimiter);
    }

    private Tenant tenant(String id) {
        Tenant t = new Tenant(new TenantId(id), "Kommune " + id, TestPersons.HOME, new Cvr("29189846"),
                Set.of(new HostName(id + ".localhost")), Map.of());
        registry.add(t);
        return t;
    }

    private ActiveElection election(Tenant tenant, String title, LocalDate day, Set<EligibilityRule> rules) {
        ActiveElection e = new ActiveElection(ElectionId.newId(), title, day, rules);
        records.addElection(tenant.id(), e);
        return e;
    }

    /** A participant as created on 1 October from what the register said then; the register knows {@code now}. */
    private Participant participant(Person then, Person now) {
        Participant p = Participant.create(vault.seal(then.cpr()), PersonSnapshot.of(then, CREATED),
                Set.of(TeamId.newId()), null, null, Set.of(), CREATED);
        participants.add(p);
        if (now != null) {
            register.add(now);
        }
        return p;
    }

    private Participant participant(Person person) {
        return participant(person, person);
    }

    private static Person withStatus(Person p, PersonStatus status) {
        return new Person(p.cpr(), p.name(), p.birthDate(), status, Optional.empty(), Optional.empty(),
                p.citizenship(), p.guardianship(), p.addressProtected(), p.digitalPost());
    }

    private static Person renamed(Person p, String last) {
        return new Person(p.cpr(), new PersonName(p.name().firstNames(), Optional.empty(), last, last), p.birthDate(),
                p.status(), p.address(), p.foreignAddress(), p.citizenship(), p.guardianship(), p.addressProtected(),
                p.digitalPost());
    }

    private List<Participant> manyParticipants(int n) {
        List<Participant> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(participant(TestPersons.person(String.format("0101%02d%04d", 60 + i % 30, 1000 + i), "P" + i, "Q")));
        }
        return list;
    }

    private List<AuditEntry> audit(AuditAction action) {
        return auditLog.entries().stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void nothingIsLookedUpWhileNoElectionIsActive() {
        tenant("a-kommune");
        participant(TestPersons.person("0101901234", "Anne", "Jensen"));

        CprRefreshReport report = service().refreshParticipantsCpr();

        assertThat(register.lookups()).isZero();
        assertThat(report.tenants()).isZero();
        assertThat(records.runs(new TenantId("a-kommune"))).isEmpty();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void everyParticipantIsRefreshedAndJudgedForEveryActiveElectionOnItsElectionDay() {
        Tenant a = tenant("a-kommune");
        ActiveElection kv = election(a, "Kommunalvalg", ELECTION_DAY, ALL_RULES);
        ActiveElection early = election(a, "Folkeafstemning", LocalDate.of(2026, 11, 25), ALL_RULES);
        Person anne = TestPersons.person("0101901234", "Anne", "Jensen");
        Participant renamedOne = participant(anne, renamed(anne, "Hansen"));
        // 18 on 28 November 2026: old enough on the later election day only.
        Person bo = TestPersons.person("2811081111", "Bo", "Ung");
        Participant turning18 = participant(new Person(bo.cpr(), bo.name(), LocalDate.of(2008, 11, 28), bo.status(),
                bo.address(), bo.foreignAddress(), bo.citizenship(), bo.guardianship(), false, bo.digitalPost()));
        Person dead = TestPersons.person("0203451111", "Carl", "Død");
        Participant died = participant(dead, withStatus(dead, PersonStatus.DEAD));
        Participant emigrated = participant(TestPersons.person("0809707777", "Dorte", "Ude"),
                TestPersons.emigrated("0809707777", "Dorte", "Ude"));
        Participant unknown = participant(TestPersons.person("1011999999", "Erik", "Ukendt"), null);

        CprRefreshReport report = service().refreshParticipantsCpr();

        assertThat(report.failedTenants()).isEmpty();
        assertThat(report.participants()).isEqualTo(5);
        assertThat(report.calls()).isEqualTo(5);
        assertThat(report.finishedRuns()).isEqualTo(1);
        assertThat(register.lookups()).isEqualTo(5);
        List<ParticipantValidation> outcomes = records.validations(a.id());
        assertThat(outcomes).hasSize(10).allSatisfy(v -> {
            assertThat(v.checkedAt()).isEqualTo(NIGHT);
            assertThat(v.eligibilityDay()).isEqualTo(v.election().equals(kv.id()) ? ELECTION_DAY : early.electionDay());
        });
        assertThat(outcomes).extracting(ParticipantValidation::participant, ParticipantValidation::election,
                ParticipantValidation::outcome, ParticipantValidation::failures).contains(
                tuple(renamedOne.id(), kv.id(), ValidationOutcome.ELIGIBLE, List.of()),
                tuple(turning18.id(), kv.id(), ValidationOutcome.ELIGIBLE, List.of()),
                tuple(turning18.id(), early.id(), ValidationOutcome.INELIGIBLE, List.of(Ineligibility.UNDER_18_ON_TASK_DATE)),
                tuple(died.id(), kv.id(), ValidationOutcome.INELIGIBLE, List.of(Ineligibility.NOT_ALIVE,
                        Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY)),
                tuple(emigrated.id(), kv.id(), ValidationOutcome.INELIGIBLE, List.of(Ineligibility.NOT_DANISH_CITIZEN,
                        Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY, Ineligibility.UNDER_GUARDIANSHIP)),
                tuple(unknown.id(), kv.id(), ValidationOutcome.NOT_IN_CPR, List.of()));
        new TenantWork(tenantContext).runAs(a, () -> assertThat(records.failing(kv.id())).extracting(ParticipantValidation::participant)
                .containsExactlyInAnyOrder(died.id(), emigrated.id(), unknown.id()));

        Participant refreshed = participants.findById(renamedOne.id()).orElseThrow();
        assertThat(refreshed.name()).isEqualTo("Anne Hansen");
        assertThat(refreshed.person().fetchedAt()).isEqualTo(NIGHT);
        assertThat(refreshed.cpr()).isEqualTo(renamedOne.cpr());
        assertThat(participants.findById(unknown.id()).orElseThrow().person().fetchedAt())
                .as("no answer, nothing new: the data keeps its age").isEqualTo(CREATED);
        assertThat(participants.findById(turning18.id()).orElseThrow().person().fetchedAt()).isEqualTo(NIGHT);

        assertThat(audit(AuditAction.PARTICIPANT_CPR_DATA_CHANGED)).extracting(AuditEntry::objectId)
                .containsExactlyInAnyOrder(renamedOne.id().toString(), died.id().toString(), emigrated.id().toString());
        assertThat(audit(AuditAction.CPR_REFRESH_COMPLETED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(e.summary()).contains("Kommunalvalg (2026-12-01)").contains("5 participants: 1 eligible,"
                    + " 3 ineligible, 1 not in CPR; 3 with changed CPR data");
        });
        assertThat(records.runs(a.id())).singleElement().satisfies(r -> assertThat(r.finishedAt()).contains(NIGHT));

        clock.advance(Duration.ofDays(1));
        service().refreshParticipantsCpr();
        assertThat(records.runs(a.id())).as("the next night is a new pass").hasSize(2);
        assertThat(register.lookups()).isEqualTo(10);
    }

    private void holdsSeat(Participant p, ActiveElection election, LocalDate day, boolean validationWaived) {
        dk.valghalla.domain.tasktype.TaskType type = dk.valghalla.domain.tasktype.TaskType.create(
                new dk.valghalla.domain.tasktype.TaskTypeDetails("Opgave " + java.util.UUID.randomUUID(), "O", null,
                        java.time.LocalTime.of(8, 0), java.time.LocalTime.of(20, 0), null, validationWaived, false, false));
        taskTypes.add(type);
        dk.valghalla.domain.task.Task seat = dk.valghalla.domain.task.Task.free(new dk.valghalla.domain.task.TaskSlot(
                election.id(), dk.valghalla.domain.worklocation.WorkLocationId.newId(), type.id(),
                p.teams().iterator().next(), day));
        seat.assign(p.id(), CREATED);
        tasks.add(List.of(seat));
    }

    @Test
    void aPersonWithSeatsIsJudgedOnEachSeatsDayAndTaskTypeSoTheFailingSeatsAreKnown() {
        Tenant a = tenant("a-kommune");
        ActiveElection kv = election(a, "Kommunalvalg", ELECTION_DAY, ALL_RULES);
        // 18 on 5 December 2026: too young on the election day, old enough for a seat on the 6th.
        Person bo = TestPersons.person("0512081111", "Bo", "Ung");
        Participant young = participant(new Person(bo.cpr(), bo.name(), LocalDate.of(2008, 12, 5), bo.status(),
                bo.address(), bo.foreignAddress(), bo.citizenship(), bo.guardianship(), false, bo.digitalPost()));
        holdsSeat(young, kv, LocalDate.of(2026, 12, 6), false);
        // Emigrated, but on a seat whose task type waives the rules; and another on a seat that does not.
        Participant waived = participant(TestPersons.person("0809707777", "Dorte", "Ude"),
                TestPersons.emigrated("0809707777", "Dorte", "Ude"));
        holdsSeat(waived, kv, ELECTION_DAY, true);
        Participant failing = participant(TestPersons.person("0909707777", "Eva", "Ude"),
                TestPersons.emigrated("0909707777", "Eva", "Ude"));
        holdsSeat(failing, kv, ELECTION_DAY.minusDays(1), true);
        holdsSeat(failing, kv, ELECTION_DAY, false);

        service().refreshParticipantsCpr();

        assertThat(records.validations(a.id())).extracting(ParticipantValidation::participant,
                ParticipantValidation::eligibilityDay, ParticipantValidation::outcome).containsExactlyInAnyOrder(
                tuple(young.id(), LocalDate.of(2026, 12, 6), ValidationOutcome.ELIGIBLE),
                tuple(waived.id(), ELECTION_DAY, ValidationOutcome.ELIGIBLE),
                tuple(failing.id(), ELECTION_DAY, ValidationOutcome.INELIGIBLE));
    }

    @Test
    void aPassInterruptedByACrashContinuesAfterTheLastBatchKeptWithoutAskingForTheOthersAgain() {
        Tenant a = tenant("a-kommune");
        election(a, "Kommunalvalg", ELECTION_DAY, ALL_RULES);
        List<Participant> all = manyParticipants(10);
        List<Participant> inOrder = all.stream().sorted(java.util.Comparator.comparing(p -> p.id().value().toString()))
                .toList();
        records.crashAtRunUpdate(2);

        CprRefreshReport crashed = service().refreshParticipantsCpr();

        assertThat(crashed.failedTenants()).containsExactly("a-kommune");
        assertThat(register.lookups()).as("two batches of three, and perhaps the next one started meanwhile")
                .isBetween(6, 9);
        CprRefreshRun open = records.runs(a.id()).get(0);
        assertThat(open.finishedAt()).isEmpty();
        assertThat(open.lastDone()).contains(inOrder.get(2).id());

        CprRefreshReport resumed = service().refreshParticipantsCpr();

        assertThat(resumed.failedTenants()).isEmpty();
        assertThat(resumed.finishedRuns()).isEqualTo(1);
        assertThat(records.runs(a.id())).as("the same pass, continued").singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(open.id());
            assertThat(r.finishedAt()).isPresent();
            assertThat(r.participants()).isEqualTo(10);
        });
        for (int i = 0; i < 10; i++) {
            CprNumber cpr = vault.open(inOrder.get(i).cpr());
            if (i < 3 || i == 9) {
                assertThat(register.lookups(cpr)).as("look-ups of participant %d (kept before the crash, or after)", i)
                        .isEqualTo(1);
            } else if (i < 6) {
                assertThat(register.lookups(cpr)).as("look-ups of participant %d (lost in the crash)", i).isEqualTo(2);
            } else {
                assertThat(register.lookups(cpr)).as("look-ups of participant %d (in flight at the crash)", i)
                        .isBetween(1, 2);
            }
        }
        assertThat(records.validations(a.id())).hasSize(10);
        assertThat(audit(AuditAction.CPR_REFRESH_COMPLETED)).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("10 participants: 10 eligible"));
    }

    @Test
    void whileTheRegisterIsDownNothingIsWrittenAndThePassIsTakenUpAgainLater() {
        Tenant a = tenant("a-kommune");
        election(a, "Kommunalvalg", ELECTION_DAY, ALL_RULES);
        List<Participant> all = manyParticipants(5);
        register.setUnavailable(true);

        CprRefreshReport down = service().refreshParticipantsCpr();

        assertThat(down.failedTenants()).containsExactly("a-kommune");
        assertThat(down.unavailable()).as("only one batch is tried").isEqualTo(3);
        assertThat(down.participants()).isZero();
        assertThat(records.validations(a.id())).isEmpty();
        assertThat(participants.all()).allSatisfy(p -> assertThat(p.person().fetchedAt()).isEqualTo(CREATED));
        assertThat(records.runs(a.id())).singleElement().satisfies(r -> assertThat(r.lastDone()).isEmpty());
        assertThat(audit(AuditAction.CPR_REFRESH_COMPLETED)).isEmpty();

        register.setUnavailable(false);
        CprRefreshReport up = service().refreshParticipantsCpr();

        assertThat(up.failedTenants()).isEmpty();
        assertThat(up.participants()).isEqualTo(5);
        assertThat(records.validations(a.id())).hasSize(5);
        assertThat(all).allSatisfy(p -> assertThat(participants.findById(p.id()).orElseThrow().person().fetchedAt())
                .isEqualTo(NIGHT));
    }

    @Test
    void anUnansweredLookUpStopsThePassJustBeforeItAndKeepsTheAnswersBefore() {
        Tenant a = tenant("a-kommune");
        election(a, "Kommunalvalg", ELECTION_DAY, ALL_RULES);
        limits = new Limits(1000, 4, 5);
        List<Participant> inOrder = manyParticipants(5).stream()
                .sorted(java.util.Comparator.comparing(p -> p.id().value().toString())).toList();
        register.setUnavailableFor(vault.open(inOrder.get(2).cpr()), true);

        CprRefreshReport report = service().refreshParticipantsCpr();

        assertThat(report.failedTenants()).containsExactly("a-kommune");
        assertThat(report.participants()).isEqualTo(2);
        assertThat(records.runs(a.id()).get(0).lastDone()).contains(inOrder.get(1).id());
        assertThat(records.validations(a.id())).extracting(ParticipantValidation::participant)
                .containsExactlyInAnyOrder(inOrder.get(0).id(), inOrder.get(1).id());
    }

    @Test
    void oneMunicipalityFailingDoesNotStopTheOthers() {
        Tenant a = tenant("a-kommune");
        Tenant b = tenant("b-kommune");
        election(a, "A-valg", ELECTION_DAY, ALL_RULES);
        election(b, "B-valg", ELECTION_DAY, ALL_RULES);
        manyParticipants(2);
        records.failFor(a.id());

        CprRefreshReport report = service().refreshParticipantsCpr();

        assertThat(report.failedTenants()).containsExactly("a-kommune");
        assertThat(records.validations(b.id())).hasSize(2);
        assertThat(tenantContext.current()).isEmpty();
    }

    @Test
    void lookUpsStartNoFasterThanTheRateMeasuredOnAFakeTicker() {
        Tenant a = tenant("a-kommune");
        election(a, "Kommunalvalg", ELECTION_DAY, ALL_RULES);
        manyParticipants(20);
        AtomicLong ticker = new AtomicLong();
        limits = new Limits(5, 1, 7);
        rateLimiter = l -> new TokenBucket(l.callsPerSecond(), 1, ticker::get, ticker::addAndGet);
        List<Long> startedAt = new ArrayList<>();
        register.onLookup(cpr -> startedAt.add(ticker.get()));

        service().refreshParticipantsCpr();

        assertThat(startedAt).hasSize(20);
        for (int i = 1; i < startedAt.size(); i++) {
            assertThat(startedAt.get(i) - startedAt.get(i - 1)).as("gap before look-up %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
        }
        assertThat(Duration.ofNanos(startedAt.get(19) - startedAt.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(3800));
    }

    @Test
    void noMoreLookUpsAreInFlightAtOnceThanAllowed() {
        Tenant a = tenant("a-kommune");
        election(a, "Kommunalvalg", ELECTION_DAY, ALL_RULES);
        manyParticipants(24);
        limits = new Limits(10_000, 3, 12);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        register.onLookup(cpr -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
        });

        CprRefreshReport report = service().refreshParticipantsCpr();

        assertThat(report.participants()).isEqualTo(24);
        assertThat(peak.get()).isBetween(2, 3);
        assertThat(report.peakConcurrency()).isBetween(2, 3);
    }
}
