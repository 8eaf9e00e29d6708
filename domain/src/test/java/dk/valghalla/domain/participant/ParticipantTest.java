package dk.valghalla.domain.participant;

import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.worklocation.WorkLocationId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipantTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final MunicipalityCode HOME = new MunicipalityCode("0999");
    private static final SealedCpr CPR = new SealedCpr("010190-XXXX", "v1.k.sealed", "lookup-key");
    private static final TeamId TEAM = TeamId.newId();

    static Person person(LocalDate born, PersonStatus status) {
        return new Person(CprNumber.of("0101901234"), new PersonName("Anne", Optional.of("Marie"), "Jensen", "Jensen,Anne Marie"),
                born, status,
                Optional.of(new DanishAddress("Rådhuspladsen 1, 2. th", "9999", "Demoby", HOME, Optional.empty())),
                Optional.empty(), Optional.of(CountryCode.DENMARK), Guardianship.NONE, false,
                DigitalPostRegistration.SUBSCRIBED);
    }

    private static Participant participant() {
        return Participant.create(CPR, PersonSnapshot.of(person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE), NOW),
                Set.of(TEAM), MobileNumber.parse("+45 20 30 40 50").orElseThrow(), null, Set.of(), NOW);
    }

    @Test
    void aParticipantKeepsTheSealedCprTheLastKnownPersonDataAndItsTeams() {
        Participant p = participant();

        assertThat(p.cpr().masked()).isEqualTo("010190-XXXX");
        assertThat(p.name()).isEqualTo("Anne Marie Jensen");
        assertThat(p.person().fetchedAt()).isEqualTo(NOW);
        assertThat(p.person().ageAt(NOW.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofDays(3));
        assertThat(p.mobile()).contains(new MobileNumber("20304050"));
        assertThat(p.email()).isEmpty();
        assertThat(p.teams()).containsExactly(TEAM);
        assertThat(p.version()).isZero();
        assertThat(p.toString()).doesNotContain("Anne").doesNotContain("0101901234");
    }

    @Test
    void aParticipantBelongsToAtLeastOneTeam() {
        PersonSnapshot person = PersonSnapshot.of(person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE), NOW);
        assertThatThrownBy(() -> Participant.create(CPR, person, Set.of(), null, null, Set.of(), NOW))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "participant.team_required");
        Participant p = participant();
        assertThatThrownBy(() -> p.revise(null, null, Set.of(), Set.of(), Set.of()))
                .hasFieldOrPropertyWithValue("field", "teamIds");
        assertThat(p.teams()).containsExactly(TEAM);
    }

    @Test
    void revisingSetsContactSpecialDietsAndTeams() {
        Participant p = participant();
        TeamId other = TeamId.newId();
        SpecialDietId vegetarian = SpecialDietId.newId();

        p.revise(null, EmailAddress.parse(" anne@example.dk ").orElseThrow(), Set.of(vegetarian), Set.of(TEAM, other), Set.of());

        assertThat(p.mobile()).isEmpty();
        assertThat(p.email()).contains(new EmailAddress("anne@example.dk"));
        assertThat(p.specialDiets()).containsExactly(vegetarian);
        assertThat(p.teams()).containsExactlyInAnyOrder(TEAM, other);
    }

    @Test
    void responsibilitiesAreGrantedAndRevokedAsOneSetAndWarnWhenDeleting() {
        Participant p = participant();
        TeamId team2 = TeamId.newId();
        WorkLocationId school = WorkLocationId.newId();
        assertThat(p.consequencesOfDeletion(0).warnings()).isEmpty();

        ResponsibilityChanges first = p.assignResponsibilities(Set.of(TEAM, team2), Set.of(school));
        assertThat(first.grantedTeams()).containsExactlyInAnyOrder(TEAM, team2);
        assertThat(first.grantedWorkLocations()).containsExactly(school);
        assertThat(p.consequencesOfDeletion(0).allowed()).isTrue();
        assertThat(p.consequencesOfDeletion(0).warnings()).extracting(w -> w.code() + "=" + w.params().get("count"))
                .containsExactly("participant.team_responsible=2", "participant.work_location_responsible=1");

        ResponsibilityChanges second = p.assignResponsibilities(Set.of(team2), Set.of());
        assertThat(second.grantedTeams()).isEmpty();
        assertThat(second.revokedTeams()).containsExactly(TEAM);
        assertThat(second.revokedWorkLocations()).containsExactly(school);
        assertThat(p.assignResponsibilities(Set.of(team2), null).none()).isTrue();
    }

    @Test
    void eligibilityIsJudgedOnTheLastKnownDataPerRule() {
        Participant minor = Participant.create(CPR, PersonSnapshot.of(person(LocalDate.of(2010, 6, 15), PersonStatus.ACTIVE), NOW),
                Set.of(TEAM), null, null, Set.of(), NOW);

        Eligibility eligibility = minor.eligibility(EnumSet.allOf(EligibilityRule.class), LocalDate.of(2026, 11, 3), HOME);

        assertThat(eligibility.failures()).containsExactly(Ineligibility.UNDER_18_ON_TASK_DATE);
        assertThat(minor.eligibility(EnumSet.allOf(EligibilityRule.class), LocalDate.of(2028, 6, 15), HOME).eligible()).isTrue();
    }

    @Test
    void newerCprDataReplacesOlderButALateOlderAnswerDoesNot() {
        Participant p = participant();
        PersonSnapshot dead = PersonSnapshot.of(person(LocalDate.of(1990, 1, 1), PersonStatus.DEAD), NOW.plusSeconds(60));
        PersonSnapshot stale = PersonSnapshot.of(person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE), NOW.minusSeconds(60));

        p.refreshPerson(dead);
        p.refreshPerson(stale);

        assertThat(p.person().status()).isEqualTo(PersonStatus.DEAD);
        assertThat(p.person().isAlive()).isFalse();
    }

    @Test
    void commentsAreMaskedNewestFirstAndFoundById() {
        ParticipantComment old = ParticipantComment.write(Actor.admin("ada", "Ada Admin"), "Ringede 0101901234", NOW);
        ParticipantComment recent = ParticipantComment.write(Actor.admin("bo", "Bo"), "Kan kun om formiddagen", NOW.plusSeconds(5));
        Participant p = Participant.reconstitute(ParticipantId.newId(), CPR,
                PersonSnapshot.of(person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE), NOW), null, null, Set.of(),
                Set.of(TEAM), Set.of(), Set.of(), java.util.List.of(old, recent), NOW, 3);

        assertThat(p.comments()).containsExactly(recent, old);
        assertThat(old.text()).isEqualTo("Ringede 010190-XXXX");
        assertThat(old.authorName()).isEqualTo("Ada Admin");
        assertThat(p.comment(old.id())).contains(old);
        assertThat(p.comment(CommentId.newId())).isEmpty();
        assertThatThrownBy(() -> ParticipantComment.write(Actor.SYSTEM, " ", NOW)).hasFieldOrPropertyWithValue("code", "text.required");
        assertThatThrownBy(() -> ParticipantComment.write(Actor.SYSTEM, "x".repeat(2001), NOW))
                .hasFieldOrPropertyWithValue("code", "text.too_long");
        assertThat(ParticipantComment.write(Actor.SYSTEM, "To\nlinjer", NOW).text()).isEqualTo("To\nlinjer");
    }

    @Test
    void aSealedCprShowsOnlyTheMaskedForm() {
        assertThat(CPR.toString()).isEqualTo("010190-XXXX");
        assertThatThrownBy(() -> new SealedCpr("0101901234", "s", "k")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SealedCpr("010190-XXXX", " ", "k")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingWarnsOfTheSeatsThatWillBeFreed() {
        assertThat(participant().consequencesOfDeletion(3).warnings())
                .extracting(w -> w.code() + "=" + w.params().get("count")).containsExactly("participant.holds_tasks=3");
    }

    @Test
    void aTeamInWhichTheParticipantHoldsAnAcceptedTaskCannotBeLeftButOthersCan() {
        Participant p = participant();
        TeamId other = TeamId.newId();
        p.revise(null, null, Set.of(), Set.of(TEAM, other), Set.of());

        assertThatThrownBy(() -> p.revise(null, null, Set.of(), Set.of(other), Set.of(TEAM)))
                .isInstanceOf(ParticipantTeamHasAcceptedTaskException.class)
                .extracting("code").isEqualTo("participant.team_has_accepted_task");
        assertThat(p.teams()).containsExactlyInAnyOrder(TEAM, other);

        p.revise(null, null, Set.of(), Set.of(TEAM), Set.of(TEAM));
        assertThat(p.teams()).containsExactly(TEAM);
    }

    @Test
    void joiningATeamAddsItOnceOnly() {
        Participant p = participant();
        TeamId other = TeamId.newId();
        assertThat(p.joinTeam(other)).isTrue();
        assertThat(p.joinTeam(other)).isFalse();
        assertThat(p.teams()).containsExactlyInAnyOrder(TEAM, other);
    }

    @Test
    void theAuditLabelNamesThePersonWithTheCprNumberMasked() {
        Participant p = participant();
        assertThat(p.auditLabel()).isEqualTo(p.name() + " (" + p.cpr().masked() + ")").endsWith("-XXXX)");
    }
}
