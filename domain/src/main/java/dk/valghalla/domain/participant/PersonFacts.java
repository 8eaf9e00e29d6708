package dk.valghalla.domain.participant;

import dk.valghalla.domain.tenant.MunicipalityCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CPR register says about a person that the eligibility rules ask about: a fresh {@link Person} from a
 * look-up, or the {@link PersonSnapshot} a participant keeps of the last one.
 */
public interface PersonFacts {
    /** The age from which a person may work at an election. */
    int ADULT_AGE = 18;

    LocalDate birthDate();

    PersonStatus status();

    Optional<DanishAddress> address();

    Optional<ForeignAddress> foreignAddress();

    Optional<CountryCode> citizenship();

    Guardianship guardianship();

    /** Whole years of age on the given day (e.g. the election day, not today). */
    default int ageOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(birthDate())) {
            return 0;
        }
        return Period.between(birthDate(), day).getYears();
    }

    /** 18 or older on the given day. */
    default boolean isAdultOn(LocalDate day) {
        return ageOn(day) >= ADULT_AGE;
    }

    /** Neither dead nor disappeared. */
    default boolean isAlive() {
        return status().isAlive();
    }

    default boolean isDanishCitizen() {
        return citizenship().map(CountryCode::isDenmark).orElse(false);
    }

    default boolean isUnderGuardianship() {
        return guardianship() == Guardianship.DEPRIVED_OF_LEGAL_CAPACITY;
    }

    /** Emigrated by status, or living at a foreign address without a Danish one. */
    default boolean hasEmigrated() {
        return status() == PersonStatus.EMIGRATED || (address().isEmpty() && foreignAddress().isPresent());
    }

    /** The municipality of the current Danish address, if there is one. */
    default Optional<MunicipalityCode> municipality() {
        return address().map(DanishAddress::municipality);
    }

    /** Lives at a Danish address in the given municipality. */
    default boolean livesIn(MunicipalityCode municipality) {
        return municipality().map(m -> m.equals(municipality)).orElse(false);
    }
}
