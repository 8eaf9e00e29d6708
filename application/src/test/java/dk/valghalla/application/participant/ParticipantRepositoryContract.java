package dk.valghalla.application.participant;

import dk.valghalla.application.fakes.FakeCprVault;
import dk.valghalla.application.fakes.TestPersons;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantSearch;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantAlreadyExistsException;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.participant.PersonStatus;
import dk.valghalla.domain.participant.ValidationOutcome;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ParticipantRepository} must do. Run by the in-memory fake here and by the database adapter in
 * bootstrap, so the fake that the application tests trust behaves like the real thing. Implementations start empty;
 * the teams, special diets and work locations they refer to are made by {@link #newTeam()} and friends.
 */
public abstract class ParticipantRepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    private final FakeCprVault vault = new FakeCprVault();

    protected abstract ParticipantRepository repository();

    /** Runs the step as one unit of work (a transaction for the database adapter). */
    protected abstract void inTransaction(Runnable step);

    protected abstract TeamId newTeam();

    protected abstract SpecialDietId newSpecialDiet();

    protected abstract WorkLocationId newWorkLocation();

    protected abstract ElectionId newElection();

    /** Keeps the outcome as the CPR refresh does (the refresh records of the same municipality). */
    protected abstract void recordValidation(ParticipantValidation validation);

    protected Participant participant(Person person, Set<TeamId> teams) {
        return Participant.create(vault.seal(person.cpr()), PersonSnapshot.of(person, NOW), teams, null, null, Set.of(), NOW);
    }

    private Participant add(Participant p) {
        inTransaction(() -> repository().add(p));
        return p;
    }

    private static ParticipantSearch text(String text) {
        return new ParticipantSearch(text, null, null, null, null, null, null, null);
    }

    /** The names a search finds; the streamed export ({@code forEachMatching}) must find the same, in the same order. */
    private List<String> names(ParticipantSearch search) {
        List<String> paged = repository().search(search, new PageRequest(0, 50)).items().stream().map(Participant::name).toList();
        List<String> streamed = new ArrayList<>();
        inTransaction(() -> repository().forEachMatching(search, p -> streamed.add(p.name())));
        assertThat(streamed).as("forEachMatching(%s)", search).isEqualTo(paged);
        return paged;
    }

    @Test
    void forEachMatchingGivesTheWholeParticipantWithoutComments() {
        TeamId team = newTeam();
        TeamId other = newTeam();
        SpecialDietId diet = newSpecialDiet();
        WorkLocationId location = newWorkLocation();
        Participant p = participant(TestPersons.person("0708856666", "Lise", "Kristensen", true,
                DigitalPostRegistration.NOT_SUBSCRIBED), Set.of(team));
        p.revise(MobileNumber.parse("61234567").orElseThrow(), EmailAddress.parse("lise@example.dk").orElseThrow(),
                Set.of(diet), Set.of(team, other), Set.of());
        p.assignResponsibilities(Set.of(team), Set.of(location));
        add(p);
        add(participant(TestPersons.emigrated("0809707777", "Ole", "Andersen"), Set.of(other)));

        List<Participant> streamed = new ArrayList<>();
        inTransaction(() -> repository().forEachMatching(ParticipantSearch.ALL, streamed::add));

        assertThat(streamed).extracting(Participant::name).containsExactly("Lise Kristensen", "Ole Andersen");
        Participant lise = streamed.get(0);
        Participant stored = repository().findById(p.id()).orElseThrow();
        assertThat(lise.id()).isEqualTo(p.id());
        assertThat(lise.cpr()).isEqualTo(stored.cpr());
        assertThat(lise.person()).isEqualTo(stored.person());
        assertThat(lise.mobile()).isEqualTo(stored.mobile());
        assertThat(lise.email()).isEqualTo(stored.email());
        assertThat(lise.teams()).containsExactlyInAnyOrder(team, other);
        assertThat(lise.specialDiets()).containsExactly(diet);
        assertThat(lise.responsibleForTeams()).containsExactly(team);
        assertThat(lise.responsibleForWorkLocations()).containsExactly(location);
        assertThat(lise.version()).isEqualTo(stored.version());
        assertThat(streamed.get(1).person()).isEqualTo(repository().findById(streamed.get(1).id()).orElseThrow().person());
    }

    @Test
    void aStoredParticipantComesBackWithEverything() {
        TeamId team = newTeam();
        SpecialDietId diet = newSpecialDiet();
        Person person = TestPersons.emigrated("0809707777", "Ole", "Andersen");
        Participant p = Participant.create(vault.seal(person.cpr()), PersonSnapshot.of(person, NOW), Set.of(team),
                MobileNumber.parse("20304050").orElseThrow(), EmailAddress.parse("ole@example.dk").orElseThrow(),
                Set.of(diet), NOW);
        add(p);

        Participant found = repository().findById(p.id()).orElseThrow();

        assertThat(found.cpr()).isEqualTo(p.cpr());
        assertThat(found.person()).isEqualTo(p.person());
        assertThat(found.person().foreignAddress().orElseThrow().lines()).containsExactly("Storgatan 1", "211 22 Malmö");
        assertThat(found.mobile()).isEqualTo(p.mobile());
        assertThat(found.email()).isEqualTo(p.email());
        assertThat(found.teams()).containsExactly(team);
        assertThat(found.specialDiets()).containsExactly(diet);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.version()).isZero();
        assertThat(repository().findIdByCprLookupKey(vault.lookupKey(CprNumber.of("0809707777")))).contains(p.id());
        assertThat(repository().findIdByCprLookupKey(vault.lookupKey(CprNumber.of("0101901234")))).isEmpty();
    }

    @Test
    void aMunicipalityHasOneParticipantPerCprNumber() {
        TeamId team = newTeam();
        add(participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(team)));

        assertThatThrownBy(() -> add(participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(team))))
                .isInstanceOf(ParticipantAlreadyExistsException.class);
    }

    @Test
    void updatingStoresTheChangesIncrementsTheVersionAndRefusesAStaleOne() {
        TeamId team = newTeam();
        TeamId other = newTeam();
        WorkLocationId school = newWorkLocation();
        SpecialDietId diet = newSpecialDiet();
        Participant p = add(participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(team)));
        Participant first = repository().findById(p.id()).orElseThrow();
        Participant second = repository().findById(p.id()).orElseThrow();

        first.revise(null, EmailAddress.parse("anne@example.dk").orElseThrow(), Set.of(diet), Set.of(other), Set.of());
        first.assignResponsibilities(Set.of(other), Set.of(school));
        first.refreshPerson(PersonSnapshot.of(TestPersons.person("0101901234", "Anne", "Jensen-Berg"), NOW.plusSeconds(60)));
        inTransaction(() -> repository().update(first));

        Participant found = repository().findById(p.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.teams()).containsExactly(other);
        assertThat(found.specialDiets()).containsExactly(diet);
        assertThat(found.email()).contains(new EmailAddress("anne@example.dk"));
        assertThat(found.responsibleForTeams()).containsExactly(other);
        assertThat(found.responsibleForWorkLocations()).containsExactly(school);
        assertThat(found.name()).isEqualTo("Anne Jensen-Berg");
        assertThat(found.person().fetchedAt()).isEqualTo(NOW.plusSeconds(60));

        second.revise(null, null, Set.of(), Set.of(team), Set.of());
        assertThatThrownBy(() -> inTransaction(() -> repository().update(second)))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "participant.modified_concurrently");
    }

    @Test
    void theListIsInDanishOrderSearchedAndPaged() {
        TeamId team = newTeam();
        add(participant(TestPersons.person("0101901234", "Åse", "Holm"), Set.of(team)));
        add(participant(TestPersons.person("0202801111", "Bo", "Zink"), Set.of(team)));
        add(participant(TestPersons.person("0303702222", "Aage", "Berg"), Set.of(team)));
        Participant withContact = participant(TestPersons.person("0404603333", "Ærø", "Dal"), Set.of(team));
        withContact.revise(MobileNumber.parse("61234567").orElseThrow(), EmailAddress.parse("aero@Example.dk").orElseThrow(),
                Set.of(), Set.of(team), Set.of());
        add(withContact);

        assertThat(names(ParticipantSearch.ALL)).containsExactly("Bo Zink", "Ærø Dal", "Aage Berg", "Åse Holm");
        assertThat(names(text("HOLM"))).containsExactly("Åse Holm");
        assertThat(names(text("example.DK"))).containsExactly("Ærø Dal");
        assertThat(names(text("6123"))).containsExactly("Ærø Dal");
        assertThat(names(text("020280"))).containsExactly("Bo Zink");
        assertThat(names(text("50%"))).isEmpty();
        Page<Participant> page = repository().search(ParticipantSearch.ALL, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(Participant::name).containsExactly("Åse Holm");
    }

    @Test
    void theListIsFilteredByTeamDietDigitalPostProtectedAddressAndCprNumber() {
        TeamId venstre = newTeam();
        TeamId frivillige = newTeam();
        SpecialDietId vegetar = newSpecialDiet();
        Participant anne = participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(venstre));
        anne.revise(null, null, Set.of(vegetar), Set.of(venstre, frivillige), Set.of());
        add(anne);
        add(participant(TestPersons.person("0708856666", "Lise", "Kristensen", true, DigitalPostRegistration.SUBSCRIBED),
                Set.of(frivillige)));
        add(participant(TestPersons.person("0910888888", "Bent", "Rasmussen", false, DigitalPostRegistration.NOT_SUBSCRIBED),
                Set.of(frivillige)));

        assertThat(names(new ParticipantSearch(null, null, venstre, null, null, null, null, null)))
                .containsExactly("Anne Jensen");
        assertThat(names(new ParticipantSearch(null, null, frivillige, null, null, null, null, null)))
                .containsExactly("Anne Jensen", "Bent Rasmussen", "Lise Kristensen");
        assertThat(names(new ParticipantSearch(null, null, null, vegetar, null, null, null, null)))
                .containsExactly("Anne Jensen");
        assertThat(names(new ParticipantSearch(null, null, null, null, DigitalPostRegistration.NOT_SUBSCRIBED, null,
                null, null)))
                .containsExactly("Bent Rasmussen");
        assertThat(names(new ParticipantSearch(null, null, null, null, null, true, null, null)))
                .containsExactly("Lise Kristensen");
        assertThat(names(new ParticipantSearch(null, null, null, null, null, false, null, null)))
                .containsExactly("Anne Jensen", "Bent Rasmussen");
        assertThat(names(new ParticipantSearch(null, vault.lookupKey(CprNumber.of("0910888888")), null, null, null, null,
                null, null)))
                .containsExactly("Bent Rasmussen");
        assertThat(names(new ParticipantSearch("jensen", null, frivillige, vegetar, DigitalPostRegistration.SUBSCRIBED,
                false, null, null)))
                .containsExactly("Anne Jensen");
    }

    @Test
    void theListIsFilteredByTheValidationStatusForOneElection() {
        TeamId team = newTeam();
        ElectionId kommunalvalg = newElection();
        ElectionId folketingsvalg = newElection();
        Participant anne = add(participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(team)));
        Participant bent = add(participant(TestPersons.person("0910888888", "Bent", "Rasmussen"), Set.of(team)));
        Participant lise = add(participant(TestPersons.person("0708856666", "Lise", "Kristensen"), Set.of(team)));
        Participant ole = add(participant(TestPersons.person("0809707777", "Ole", "Andersen"), Set.of(team)));
        LocalDate day = LocalDate.of(2026, 12, 1);
        recordValidation(new ParticipantValidation(anne.id(), kommunalvalg, day, NOW, ValidationOutcome.ELIGIBLE, List.of()));
        recordValidation(new ParticipantValidation(bent.id(), kommunalvalg, day, NOW, ValidationOutcome.INELIGIBLE,
                List.of(Ineligibility.UNDER_18_ON_TASK_DATE, Ineligibility.NOT_DANISH_CITIZEN)));
        recordValidation(ParticipantValidation.notInCpr(lise.id(), kommunalvalg, day, NOW));
        recordValidation(new ParticipantValidation(ole.id(), folketingsvalg, day, NOW, ValidationOutcome.INELIGIBLE,
                List.of(Ineligibility.NOT_ALIVE)));

        assertThat(names(validation(kommunalvalg, ValidationStatus.ELIGIBLE))).containsExactly("Anne Jensen");
        assertThat(names(validation(kommunalvalg, ValidationStatus.INELIGIBLE))).containsExactly("Bent Rasmussen");
        assertThat(names(validation(kommunalvalg, ValidationStatus.NOT_IN_CPR))).containsExactly("Lise Kristensen");
        assertThat(names(validation(kommunalvalg, ValidationStatus.NOT_CHECKED))).as("checked for another election only")
                .containsExactly("Ole Andersen");
        assertThat(names(validation(folketingsvalg, ValidationStatus.NOT_CHECKED)))
                .containsExactly("Anne Jensen", "Bent Rasmussen", "Lise Kristensen");
        assertThat(names(validation(folketingsvalg, ValidationStatus.ELIGIBLE))).isEmpty();
        assertThat(names(new ParticipantSearch("jensen", null, team, null, null, null, kommunalvalg,
                ValidationStatus.INELIGIBLE))).as("with the other criteria").isEmpty();
        assertThat(names(new ParticipantSearch("rasmus", null, team, null, null, null, kommunalvalg,
                ValidationStatus.INELIGIBLE))).containsExactly("Bent Rasmussen");
        assertThat(names(new ParticipantSearch(null, null, null, null, null, null, kommunalvalg, null)))
                .as("an election alone filters nothing").hasSize(4);
        assertThat(repository().search(validation(kommunalvalg, ValidationStatus.NOT_CHECKED), new PageRequest(0, 50))
                .total()).isEqualTo(1);
    }

    private static ParticipantSearch validation(ElectionId election, ValidationStatus status) {
        return new ParticipantSearch(null, null, null, null, null, null, election, status);
    }

    @Test
    void commentsAreKeptNewestFirstAndRemovedOneByOne() {
        Participant p = add(participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(newTeam())));
        ParticipantComment first = ParticipantComment.write(Actor.admin("ada", "Ada Admin"), "Ringet op", NOW);
        ParticipantComment second = ParticipantComment.write(Actor.admin("bo", "Bo"), "Kan kun\nom formiddagen",
                NOW.plus(1, ChronoUnit.HOURS));
        inTransaction(() -> repository().addComment(p.id(), first));
        inTransaction(() -> repository().addComment(p.id(), second));

        assertThat(repository().findById(p.id()).orElseThrow().comments()).containsExactly(second, first);
        assertThat(repository().findById(p.id()).orElseThrow().version()).as("comments are not versioned edits").isZero();

        inTransaction(() -> assertThat(repository().removeComment(p.id(), first.id())).isTrue());
        inTransaction(() -> assertThat(repository().removeComment(p.id(), first.id())).isFalse());
        assertThat(repository().findById(p.id()).orElseThrow().comments()).containsExactly(second);
    }

    @Test
    void removingDeletesTheParticipantsWithTheirComments() {
        TeamId team = newTeam();
        Participant anne = add(participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(team)));
        Participant bent = add(participant(TestPersons.person("0910888888", "Bent", "Rasmussen"), Set.of(team)));
        Participant lise = add(participant(TestPersons.person("0708856666", "Lise", "Kristensen"), Set.of(team)));
        inTransaction(() -> repository().addComment(anne.id(), ParticipantComment.write(Actor.SYSTEM, "Hej", NOW)));
        assertThat(repository().findAll(List.of(anne.id(), bent.id(), newParticipantId()))).extracting(Participant::id)
                .containsExactlyInAnyOrder(anne.id(), bent.id());

        inTransaction(() -> repository().removeAll(List.of(anne.id(), bent.id())));

        assertThat(repository().findById(anne.id())).isEmpty();
        assertThat(repository().findById(bent.id())).isEmpty();
        assertThat(repository().findById(lise.id())).isPresent();
        assertThat(repository().findIdByCprLookupKey(anne.cpr().lookupKey())).isEmpty();
        assertThat(names(ParticipantSearch.ALL)).containsExactly("Lise Kristensen");
    }

    @Test
    void theStatusOfTheCprDataSurvives() {
        Person dead = TestPersons.person("0203451111", "Karen", "Nielsen");
        Person deadPerson = new Person(dead.cpr(), dead.name(), dead.birthDate(), PersonStatus.DEAD, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), dead.guardianship(), false, DigitalPostRegistration.UNKNOWN);
        Participant p = add(participant(deadPerson, Set.of(newTeam())));

        Participant found = repository().findById(p.id()).orElseThrow();

        assertThat(found.person().status()).isEqualTo(PersonStatus.DEAD);
        assertThat(found.person().address()).isEmpty();
        assertThat(found.person().citizenship()).isEmpty();
        assertThat(found.person().digitalPost()).isEqualTo(DigitalPostRegistration.UNKNOWN);
    }

    private static dk.valghalla.domain.participant.ParticipantId newParticipantId() {
        return dk.valghalla.domain.participant.ParticipantId.newId();
    }
}
