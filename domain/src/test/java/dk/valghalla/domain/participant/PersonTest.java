package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.NotFoundException;
import dk.valghalla.domain.tenant.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTest {
    private static final MunicipalityCode AARHUS = new MunicipalityCode("751");

    private static Person person(LocalDate birthDate, PersonStatus status, Optional<DanishAddress> address,
                                 Optional<ForeignAddress> foreign, Optional<CountryCode> citizenship) {
        return new Person(CprNumber.of("0101901234"), new PersonName("Anne", Optional.of("Marie"), "Jensen", "Jensen,Anne Marie"),
                birthDate, status, address, foreign, citizenship, Guardianship.NONE, false, DigitalPostRegistration.SUBSCRIBED);
    }

    private static Person adultDaneInAarhus() {
        return person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE,
                Optional.of(new DanishAddress("Vestergade 12, 1. th", "8000", "Aarhus C", AARHUS, Optional.empty())),
                Optional.empty(), Optional.of(CountryCode.DENMARK));
    }

    @Test
    void ageIsCountedOnTheGivenDayNotToday() {
        Person p = person(LocalDate.of(2009, 11, 2), PersonStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(p.ageOn(LocalDate.of(2027, 11, 1))).isEqualTo(17);
        assertThat(p.isAdultOn(LocalDate.of(2027, 11, 1))).isFalse();
        assertThat(p.ageOn(LocalDate.of(2027, 11, 2))).isEqualTo(18);
        assertThat(p.isAdultOn(LocalDate.of(2027, 11, 2))).isTrue();
    }

    @Test
    void aPersonBornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarchInOtherYears() {
        Person p = person(LocalDate.of(2008, 2, 29), PersonStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(p.isAdultOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(p.isAdultOn(LocalDate.of(2026, 3, 1))).isTrue();
    }

    @Test
    void ageBeforeBirthIsZero() {
        Person p = person(LocalDate.of(2030, 1, 1), PersonStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(p.ageOn(LocalDate.of(2029, 1, 1))).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = PersonStatus.class, names = {"DEAD", "DISAPPEARED"})
    void deadAndDisappearedPeopleAreNotAlive(PersonStatus status) {
        assertThat(person(LocalDate.of(1950, 1, 1), status, Optional.empty(), Optional.empty(), Optional.empty()).isAlive())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PersonStatus.class, names = {"DEAD", "DISAPPEARED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherStatusIsAlive(PersonStatus status) {
        assertThat(status.isAlive()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1,ACTIVE", "3,ACTIVE", "5,ACTIVE", "7,ACTIVE", "20,NO_RESIDENCE", "30,ANNULLED", "50,DELETED",
            "60,CPR_NUMBER_CHANGED", "70,DISAPPEARED", "80,EMIGRATED", "90,DEAD"})
    void statusCodesOfTheRegisterMapToStatuses(int code, PersonStatus status) {
        assertThat(PersonStatus.ofCode(code)).isEqualTo(status);
    }

    @Test
    void anUnknownStatusCodeIsRefused() {
        assertThatThrownBy(() -> PersonStatus.ofCode(42)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyCountryCode5100IsDanishCitizenship() {
        assertThat(adultDaneInAarhus().isDanishCitizen()).isTrue();
        assertThat(person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE, Optional.empty(), Optional.empty(),
                Optional.of(new CountryCode(5120))).isDanishCitizen()).isFalse();
        assertThat(person(LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE, Optional.empty(), Optional.empty(),
                Optional.empty()).isDanishCitizen()).as("unknown citizenship is not Danish").isFalse();
    }

    @Test
    void countryCodesHaveUpToFourDigits() {
        assertThat(new CountryCode(5100).toString()).isEqualTo("5100");
        assertThatThrownBy(() -> new CountryCode(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CountryCode(10000)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void residencyFollowsTheMunicipalityOfTheDanishAddress() {
        Person p = adultDaneInAarhus();

        assertThat(p.municipality()).contains(new MunicipalityCode("0751"));
        assertThat(p.livesIn(AARHUS)).isTrue();
        assertThat(p.livesIn(new MunicipalityCode("101"))).isFalse();
    }

    @Test
    void aPersonWithoutDanishAddressLivesInNoMunicipality() {
        Person dead = person(LocalDate.of(1940, 1, 1), PersonStatus.DEAD, Optional.empty(), Optional.empty(),
                Optional.of(CountryCode.DENMARK));

        assertThat(dead.municipality()).isEmpty();
        assertThat(dead.livesIn(AARHUS)).isFalse();
    }

    @Test
    void anEmigrantHasAForeignAddressAndHasEmigrated() {
        ForeignAddress abroad = new ForeignAddress(List.of("Storgatan 1", "", "111 22 Stockholm"),
                Optional.of(new CountryCode(5120)), Optional.of(LocalDate.of(2020, 8, 1)));
        Person emigrant = person(LocalDate.of(1980, 9, 8), PersonStatus.EMIGRATED, Optional.empty(), Optional.of(abroad),
                Optional.of(CountryCode.DENMARK));

        assertThat(emigrant.hasEmigrated()).isTrue();
        assertThat(emigrant.foreignAddress().orElseThrow().lines()).containsExactly("Storgatan 1", "111 22 Stockholm");
        assertThat(adultDaneInAarhus().hasEmigrated()).isFalse();
    }

    @Test
    void guardianshipWithDeprivedLegalCapacityIsRecognised() {
        Person p = adultDaneInAarhus();
        Person underGuardianship = new Person(p.cpr(), p.name(), p.birthDate(), p.status(), p.address(), p.foreignAddress(),
                p.citizenship(), Guardianship.DEPRIVED_OF_LEGAL_CAPACITY, false, DigitalPostRegistration.NOT_SUBSCRIBED);

        assertThat(p.isUnderGuardianship()).isFalse();
        assertThat(underGuardianship.isUnderGuardianship()).isTrue();
    }

    @Test
    void missingOptionalFactsDefaultToEmptyAndUnknown() {
        Person p = new Person(CprNumber.of("0101901234"), new PersonName(null, null, null, "Jensen,Anne"),
                LocalDate.of(1990, 1, 1), PersonStatus.ACTIVE, null, null, null, null, false, null);

        assertThat(p.address()).isEmpty();
        assertThat(p.foreignAddress()).isEmpty();
        assertThat(p.citizenship()).isEmpty();
        assertThat(p.guardianship()).isEqualTo(Guardianship.NONE);
        assertThat(p.digitalPost()).isEqualTo(DigitalPostRegistration.UNKNOWN);
        assertThat(p.name().fullName()).isEqualTo("Jensen,Anne");
    }

    @Test
    void namesJoinFirstAndMiddleNames() {
        PersonName name = new PersonName("Anne", Optional.of("Marie"), "Jensen", "Jensen,Anne Marie");

        assertThat(name.givenNames()).isEqualTo("Anne Marie");
        assertThat(name.fullName()).isEqualTo("Anne Marie Jensen");
        assertThatThrownBy(() -> new PersonName(" ", Optional.empty(), "", null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void toStringShowsNeitherTheFullCprNumberNorPersonalData() {
        assertThat(adultDaneInAarhus().toString()).isEqualTo("Person[010190-XXXX, ACTIVE]")
                .doesNotContain("1234", "Anne", "Vestergade");
    }

    @Test
    void notFoundIsANotFoundRefusalWithAStableCodeAndAMaskedCprNumber() {
        PersonNotFoundException e = new PersonNotFoundException(CprNumber.of("0101901234"));

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.code()).isEqualTo("cpr.person_not_found");
        assertThat(e.getMessage()).contains("010190-XXXX").doesNotContain("1234");
    }

    @Test
    void unavailableCarriesItsCodeCauseAndRetryHint() {
        RuntimeException cause = new RuntimeException("connection reset");
        PersonRegisterUnavailableException e = new PersonRegisterUnavailableException("circuit open", Duration.ofSeconds(30), cause);

        assertThat(e.code()).isEqualTo("cpr.unavailable");
        assertThat(e).isNotInstanceOf(NotFoundException.class).hasCause(cause);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(new PersonRegisterUnavailableException("timeout", null).retryAfter()).isEmpty();
    }
}
