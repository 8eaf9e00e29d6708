package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.CprNumber;

import java.time.LocalDate;
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
                     DigitalPostRegistration digitalPost) implements PersonFacts {
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

    /** Never the name, the address or the full CPR number: a person may end up in a log line. */
    @Override
    public String toString() {
        return "Person[" + cpr.masked() + ", " + status + "]";
    }
}
