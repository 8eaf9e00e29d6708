package dk.valghalla.application.participant;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FakeCprVault;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryCprRefreshRecords;
import dk.valghalla.application.fakes.InMemoryParticipantRepository;
import dk.valghalla.application.fakes.InMemorySpecialDietRepository;
import dk.valghalla.application.fakes.InMemoryTeamRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.fakes.TestPersons;
import dk.valghalla.application.participant.port.in.ExportParticipantsQuery;
import dk.valghalla.application.participant.port.in.ParticipantExportColumn;
import dk.valghalla.application.participant.port.in.ParticipantExportSink;
import dk.valghalla.application.participant.service.ParticipantExportService;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.participant.PersonStatus;
import dk.valghalla.domain.participant.ValidationOutcome;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.AGE;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.BIRTH_DATE;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.CPR_NUMBER;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.CPR_STATUS;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.ELIGIBILITY;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.NAME;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.PROTECTED_ADDRESS;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.SPECIAL_DIETS;
import static dk.valghalla.application.participant.port.in.ParticipantExportColumn.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipantExportServiceTest {
    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    private final FakeCprVault vault = new FakeCprVault();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemorySpecialDietRepository diets = new InMemorySpecialDietRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final TenantContext tenantContext = new TenantContext();
    private final InMemoryCprRefreshRecords refreshRecords = new InMemoryCprRefreshRecords(tenantContext, participants::all);
    private final ParticipantExportService service = new ParticipantExportService(participants, vault, teams, diets,
            tenantContext, new AuditTrail(auditLog, FixedCurrentActor.admin(), clock), clock);

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
        Participant anne = add(TestPersons.person("0101901234", "Anne", "Jensen"), venstre);
        anne.revise(null, null, Set.of(vegetar.id()), Set.of(venstre.id(), frivillige.id()), Set.of());
        participants.update(anne);
        add(TestPersons.person("0708856666", "Åse", "Kristensen", true, DigitalPostRegistration.NOT_SUBSCRIBED), frivillige);
        add(TestPersons.emigrated("0809707777", "Ole", "Andersen"), frivillige);
    }

    private Participant add(Person person, Team team) {
        Participant p = Participant.create(vault.seal(person.cpr()), PersonSnapshot.of(person, clock.instant()),
                Set.of(team.id()), null, null, Set.of(), clock.instant());
        participants.add(p);
        return participants.findById(p.id()).orElseThrow();
    }

    private static ExportParticipantsQuery all(ParticipantExportColumn... columns) {
        return new ExportParticipantsQuery(null, null, null, null, null, null, null, List.of(columns));
    }

    @Test
    void rowsComeInDanishOrderWithAValuePerChosenColumnAndTheProtectedAddressAlways() {
        RecordingSink sink = new RecordingSink();

        long rows = service.exportParticipants(all(TEAMS, NAME, BIRTH_DATE, AGE, SPECIAL_DIETS, CPR_STATUS, ELIGIBILITY), sink);

        assertThat(rows).isEqualTo(3);
        assertThat(sink.columns).as("enum order, protected address added")
                .containsExactly(NAME, PROTECTED_ADDRESS, BIRTH_DATE, AGE, TEAMS, SPECIAL_DIETS, CPR_STATUS, ELIGIBILITY);
        assertThat(sink.rows).extracting(r -> r.get(0)).containsExactly("Anne Jensen", "Ole Andersen", "Åse Kristensen");
        assertThat(sink.rows.get(0)).containsExactly("Anne Jensen", false, LocalDate.of(1990, 1, 1), 36,
                List.of("Frivillige", "Venstre"), List.of("Vegetar"), PersonStatus.ACTIVE, List.of());
        assertThat(sink.rows.get(1).get(7)).isEqualTo(List.of(Ineligibility.NOT_DANISH_CITIZEN,
                Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY, Ineligibility.UNDER_GUARDIANSHIP));
        assertThat(sink.rows.get(2).get(1)).as("protected address").isEqualTo(true);
        assertThat(sink.finished).isTrue();
        assertThat(vault.openings()).as("masked CPR needs no opening").isZero();
    }

    @Test
    void anExportIsAuditedOnceWithFormatColumnsCriteriaAndRows() {
        service.exportParticipants(new ExportParticipantsQuery("sen", frivillige.id(), null, null, null, null, null,
                List.of(NAME)), new RecordingSink());

        assertThat(auditLog.entries()).hasSize(1);
        AuditEntry entry = auditLog.entries().get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.PARTICIPANTS_EXPORTED);
        assertThat(entry.summary()).contains("TEST export", "rows: 3", "NAME,PROTECTED_ADDRESS", "text \"sen\"",
                "team " + frivillige.id());
    }

    @Test
    void noColumnsMeansTheDefaultOnes() {
        RecordingSink sink = new RecordingSink();
        service.exportParticipants(new ExportParticipantsQuery(null, null, null, null, null, null, null, List.of()), sink);
        assertThat(sink.columns).containsExactlyElementsOf(ParticipantExportColumn.DEFAULT);
    }

    @Test
    void filtersAreTheListsAndAWholeCprNumberFindsItsParticipant() {
        RecordingSink sink = new RecordingSink();
        service.exportParticipants(new ExportParticipantsQuery(null, null, null, null, true, null, null, List.of(NAME)), sink);
        assertThat(sink.rows).extracting(r -> r.get(0)).containsExactly("Åse Kristensen");

        RecordingSink byCpr = new RecordingSink();
        service.exportParticipants(new ExportParticipantsQuery("080970-7777", null, null, null, null, null, null,
                List.of(NAME)), byCpr);
        assertThat(byCpr.rows).extracting(r -> r.get(0)).containsExactly("Ole Andersen");
        assertThat(auditLog.entries().get(1).summary()).contains("one CPR number").doesNotContain("7777");
    }

    @Test
    void theValidationFilterForAnElectionAppliesAndIsAudited() {
        ElectionId kommunalvalg = ElectionId.newId();
        Participant ole = participants.all().stream().filter(p -> p.name().equals("Ole Andersen")).findFirst().orElseThrow();
        refreshRecords.record(new ParticipantValidation(ole.id(), kommunalvalg, LocalDate.of(2026, 12, 1), clock.instant(),
                ValidationOutcome.INELIGIBLE, List.of(Ineligibility.NOT_DANISH_CITIZEN)));

        RecordingSink ineligible = new RecordingSink();
        service.exportParticipants(new ExportParticipantsQuery(null, null, null, null, null, kommunalvalg,
                ValidationStatus.INELIGIBLE, List.of(NAME)), ineligible);
        RecordingSink notChecked = new RecordingSink();
        service.exportParticipants(new ExportParticipantsQuery(null, null, null, null, null, kommunalvalg,
                ValidationStatus.NOT_CHECKED, List.of(NAME)), notChecked);

        assertThat(ineligible.rows).extracting(r -> r.get(0)).containsExactly("Ole Andersen");
        assertThat(notChecked.rows).extracting(r -> r.get(0)).containsExactly("Anne Jensen", "Åse Kristensen");
        assertThat(auditLog.entries().get(0).summary()).contains("validation INELIGIBLE for election " + kommunalvalg);
        assertThatThrownBy(() -> new ExportParticipantsQuery(null, null, null, null, null, null,
                ValidationStatus.ELIGIBLE, List.of(NAME))).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "participant.validation_election_required");
    }

    @Test
    void wholeCprNumbersAreOpenedOnlyWhenChosenAndAuditedAsCprViewing() {
        RecordingSink sink = new RecordingSink();
        service.exportParticipants(all(NAME, CPR_NUMBER), sink);

        assertThat(sink.rows.get(0)).containsExactly("Anne Jensen", false, "010190-1234");
        assertThat(vault.openings()).isEqualTo(3);
        assertThat(auditLog.entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PARTICIPANTS_EXPORTED, AuditAction.PARTICIPANT_CPR_VIEWED);
        assertThat(auditLog.entries().get(1).summary()).contains("rows: 3");
    }

    @Test
    void aCancelledDownloadStopsTheExportAndIsAuditedAsInterrupted() {
        RecordingSink sink = new RecordingSink() {
            @Override
            public void row(List<Object> values) {
                if (rows.size() == 1) {
                    throw new UncheckedIOException(new IOException("Broken pipe"));
                }
                super.row(values);
            }
        };

        assertThatThrownBy(() -> service.exportParticipants(all(NAME), sink)).isInstanceOf(UncheckedIOException.class);
        assertThat(auditLog.entries()).singleElement().extracting(AuditEntry::summary).asString()
                .contains("rows: 1 (interrupted)");
    }

    private static class RecordingSink implements ParticipantExportSink {
        final List<List<Object>> rows = new ArrayList<>();
        List<ParticipantExportColumn> columns;
        boolean finished;

        @Override
        public String format() {
            return "TEST";
        }

        @Override
        public void start(List<ParticipantExportColumn> columns) {
            this.columns = columns;
        }

        @Override
        public void row(List<Object> values) {
            rows.add(values);
        }

        @Override
        public void finish() {
            finished = true;
        }
    }
}
