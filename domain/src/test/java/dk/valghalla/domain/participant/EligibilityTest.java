package dk.valghalla.domain.participant;

import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dk.valghalla.domain.participant.Ineligibility.NOT_ALIVE;
import static dk.valghalla.domain.participant.Ineligibility.NOT_DANISH_CITIZEN;
import static dk.valghalla.domain.participant.Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY;
import static dk.valghalla.domain.participant.Ineligibility.UNDER_18_ON_TASK_DATE;
import static dk.valghalla.domain.participant.Ineligibility.UNDER_GUARDIANSHIP;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {
    private static final MunicipalityCode AARHUS = new MunicipalityCode("751");
    private static final MunicipalityCode ODENSE = new MunicipalityCode("461");
    private static final LocalDate ELECTION_DAY = LocalDate.of(2026, 11, 3);
    private static final Set<EligibilityRule> ALL_RULES = EnumSet.allOf(EligibilityRule.class);

    private static final DanishAddress IN_AARHUS =
            new DanishAddress("Vestergade 12", "8000", "Aarhus C", AARHUS, Optional.empty());

    private static Person person(LocalDate born, PersonStatus status, Optional<DanishAddress> address,
                                 Optional<ForeignAddress> foreign, Optional<CountryCode> citizenship, Guardianship guardianship) {
        return new Person(CprNumber.of("0101901234"), new PersonName("Anne", Optional.empty(), "Jensen", "Jensen,Anne"),
                born, status, address, foreign, citizenship, guardianship, false, DigitalPostRegistration.SUBSCRIBED);
    }

    private static Person adultDaneInAarhus() {
        return person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE, Optional.of(IN_AARHUS), Optional.empty(),
                Optional.of(CountryCode.DENMARK), Guardianship.NONE);
    }

    private static Eligibility check(Person p, Set<EligibilityRule> rules, LocalDate day) {
        return Eligibility.of(p, rules, day, AARHUS, false);
    }

    @Test
    void anAdultDanishResidentNotUnderGuardianshipIsEligibleUnderEveryRule() {
        Eligibility result = check(adultDaneInAarhus(), ALL_RULES, ELECTION_DAY);
        assertThat(result.eligible()).isTrue();
        assertThat(result.failures()).isEmpty();
    }

    @ParameterizedTest(name = "born {0}, task on {1}: eligible = {2}")
    @CsvSource({
            "2008-11-03, 2026-11-03, true",   // 18th birthday on the task date
            "2008-11-04, 2026-11-03, false",  // one day short
            "2008-11-02, 2026-11-03, true",
            "2008-02-29, 2026-02-28, false",  // born on a leap day: not yet 18 on 28 February
            "2008-02-29, 2026-03-01, true"})
    void theAgeRuleCountsOnTheTaskDateToTheDay(LocalDate born, LocalDate taskDate, boolean eligible) {
        Person p = person(born, PersonStatus.ACTIVE, Optional.of(IN_AARHUS), Optional.empty(),
                Optional.of(CountryCode.DENMARK), Guardianship.NONE);
        assertThat(check(p, Set.of(EligibilityRule.AGE_18_ON_TASK_DATE), taskDate).eligible()).isEqualTo(eligible);
    }

    @Test
    void theDeadAndTheDisappearedAreNeverEligibleEvenWhenValidationIsWaived() {
        for (PersonStatus status : List.of(PersonStatus.DEAD, PersonStatus.DISAPPEARED)) {
            Person p = person(LocalDate.of(1990, 1, 1), status, Optional.of(IN_AARHUS), Optional.empty(),
                    Optional.of(CountryCode.DENMARK), Guardianship.NONE);
            assertThat(Eligibility.of(p, Set.of(), ELECTION_DAY, AARHUS, true).failures()).containsExactly(NOT_ALIVE);
        }
    }

    @Test
    void aForeignCitizenFailsTheCitizenshipRuleOnly() {
        Person p = person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE, Optional.of(IN_AARHUS), Optional.empty(),
                Optional.of(new CountryCode(5110)), Guardianship.NONE);
        assertThat(check(p, ALL_RULES, ELECTION_DAY).failures()).containsExactly(NOT_DANISH_CITIZEN);
        assertThat(check(p, Set.of(EligibilityRule.AGE_18_ON_TASK_DATE), ELECTION_DAY).eligible()).isTrue();
    }

    @Test
    void unknownCitizenshipCannotConfirmDanishCitizenship() {
        Person p = person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE, Optional.of(IN_AARHUS), Optional.empty(),
                Optional.empty(), Guardianship.NONE);
        assertThat(check(p, Set.of(EligibilityRule.DANISH_CITIZENSHIP), ELECTION_DAY).failures())
                .containsExactly(NOT_DANISH_CITIZEN);
    }

    @Test
    void aResidentOfAnotherMunicipalityFailsTheResidenceRule() {
        Person p = person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE,
                Optional.of(new DanishAddress("Vestergade 1", "5000", "Odense C", ODENSE, Optional.empty())),
                Optional.empty(), Optional.of(CountryCode.DENMARK), Guardianship.NONE);
        assertThat(check(p, ALL_RULES, ELECTION_DAY).failures()).containsExactly(NOT_RESIDENT_IN_MUNICIPALITY);
    }

    @Test
    void anEmigrantFailsTheResidenceRule() {
        Person p = person(LocalDate.of(1990, 1, 1), PersonStatus.EMIGRATED, Optional.empty(),
                Optional.of(new ForeignAddress(List.of("1 Main Street", "Oslo"), Optional.of(new CountryCode(5110)),
                        Optional.of(LocalDate.of(2024, 5, 1)))),
                Optional.of(CountryCode.DENMARK), Guardianship.NONE);
        assertThat(check(p, Set.of(EligibilityRule.RESIDENT_IN_MUNICIPALITY), ELECTION_DAY).failures())
                .containsExactly(NOT_RESIDENT_IN_MUNICIPALITY);
    }

    @Test
    void aPersonUnderGuardianshipFailsThatRule() {
        Person p = person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE, Optional.of(IN_AARHUS), Optional.empty(),
                Optional.of(CountryCode.DENMARK), Guardianship.DEPRIVED_OF_LEGAL_CAPACITY);
        assertThat(check(p, ALL_RULES, ELECTION_DAY).failures()).containsExactly(UNDER_GUARDIANSHIP);
        assertThat(check(p, Set.of(EligibilityRule.AGE_18_ON_TASK_DATE), ELECTION_DAY).eligible()).isTrue();
    }

    @Test
    void everyFailedRuleIsListedSoTheUiCanExplainEach() {
        Person p = person(LocalDate.of(2010, 6, 1), PersonStatus.DEAD,
                Optional.of(new DanishAddress("Vestergade 1", "5000", "Odense C", ODENSE, Optional.empty())),
                Optional.empty(), Optional.of(new CountryCode(5110)), Guardianship.DEPRIVED_OF_LEGAL_CAPACITY);
        Eligibility result = check(p, ALL_RULES, ELECTION_DAY);
        assertThat(result.failures()).containsExactly(NOT_ALIVE, UNDER_18_ON_TASK_DATE, NOT_DANISH_CITIZEN,
                NOT_RESIDENT_IN_MUNICIPALITY, UNDER_GUARDIANSHIP);
        assertThat(result.failures()).extracting(Ineligibility::code).allMatch(c -> c.startsWith("eligibility."));
    }

    @Test
    void aTaskTypeThatWaivesValidationChecksOnlyThatThePersonIsAlive() {
        Person p = person(LocalDate.of(2012, 1, 1), PersonStatus.ACTIVE, Optional.empty(), Optional.empty(),
                Optional.of(new CountryCode(5110)), Guardianship.DEPRIVED_OF_LEGAL_CAPACITY);
        assertThat(Eligibility.of(p, ALL_RULES, ELECTION_DAY, AARHUS, true).eligible()).isTrue();
        assertThat(Eligibility.of(p, ALL_RULES, ELECTION_DAY, AARHUS, false).failures()).hasSize(4);
    }

    @Test
    void anElectionTypeWithoutRulesOnlyRequiresBeingAlive() {
        Person child = person(LocalDate.of(2015, 1, 1), PersonStatus.ACTIVE, Optional.empty(), Optional.empty(),
                Optional.empty(), Guardianship.NONE);
        assertThat(check(child, Set.of(), ELECTION_DAY).eligible()).isTrue();
        assertThat(check(child, null, ELECTION_DAY).eligible()).isTrue();
    }
}
