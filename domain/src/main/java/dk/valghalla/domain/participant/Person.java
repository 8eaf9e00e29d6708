package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.MunicipalityCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as the CPR register knows them: the facts the eligibility rules for election workers need, nothing more
 * (no relations, no civil status, no history).
 *
 * @param cpr             the CPR number that was looked up
 * @param name            the name as registered
 * @param birthDate       the date of birth
 * @param status          the register status (active, dead, disappeared, emigrated, ...)
 * @param address         the current Danish address; empty for people without one (dead, emigrated, ...)
 * @param foreignAddress  the address abroad after emigration, when the register has one
 * @param citizenship     the country of citizenship; empty when the register does not say
 * @param guardianship    whether the person is deprived of legal capacity (<i>umyndiggjort</i>)
 * @param addressProtected name and address protection (<i>adressebeskyttelse</i>): never show the address to
 *                        anybody but the election office
 * @param digitalPost     whether the person receives Digital Post, as far as the register says
 */
public record Person(CprNumber cpr, PersonName name, LocalDate birthDate, PersonStatus status,
                     Optional<DanishAddress> address, Optional<ForeignAddress> foreignAddress,
                     Optional<CountryCode> citizenship, Guardianship guardianship, boolean addressProtected,
                     DigitalPostRegistration digitalPost) {
    /** The age from which a person may work at an election. */
    public static final int ADULT_AGE = 18;

    public Person {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(status, "status");
        address = address == null ? Optional.empty() : address;
        foreignAddress = foreignAddress == null ? Optional.empty() : foreignAddress;
        citizenship = citizenship == null ? Optional.empty() : citizenship;
        guardianship = guardianship == null ? Guardianship.NONE : guardianship;
        digitalPost = digitalPost == null ? DigitalPostRegistration.UNKNOWN : digitalPost;
    }

    /** Whole years of age on the given day (e.g. the election day, not today). */
    public int ageOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(birthDate)) {
            return 0;
        }
        return Period.between(birthDate, day).getYears();
    }

    /** 18 or older on the given day. */
    public boolean isAdultOn(LocalDate day) {
        return ageOn(day) >= ADULT_AGE;
    }

    /** Neither dead nor disappeared. */
    public boolean isAlive() {
        return status.isAlive();
    }

    public boolean isDanishCitizen() {
        return citizenship.map(CountryCode::isDenmark).orElse(false);
    }

    public boolean isUnderGuardianship() {
        return guardianship == Guardianship.DEPRIVED_OF_LEGAL_CAPACITY;
    }

    /** Emigrated by status, or living at a foreign address without a Danish one. */
    public boolean hasEmigrated() {
        return status == PersonStatus.EMIGRATED || (address.isEmpty() && foreignAddress.isPresent());
    }

    /** The municipality of the current Danish address, if there is one. */
    public Optional<MunicipalityCode> municipality() {
        return address.map(DanishAddress::municipality);
    }

    /** Lives at a Danish address in the given municipality. */
    public boolean livesIn(MunicipalityCode municipality) {
        return municipality().map(m -> m.equals(municipality)).orElse(false);
    }

    /** Never the name, the address or the full CPR number: a person may end up in a log line. */
    @Override
    public String toString() {
        return "Person[" + cpr.masked() + ", " + status + "]";
    }
}
