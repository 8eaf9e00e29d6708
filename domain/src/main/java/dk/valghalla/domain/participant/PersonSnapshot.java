package dk.valghalla.domain.participant;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The last known data of a participant from the CPR register, with the time it was fetched: it stays usable while the
 * register is down, and is shown with its age. It holds no CPR number (the participant keeps that sealed).
 *
 * @param fetchedAt when the register gave this answer
 */
public record PersonSnapshot(PersonName name, LocalDate birthDate, PersonStatus status, Optional<DanishAddress> address,
                             Optional<ForeignAddress> foreignAddress, Optional<CountryCode> citizenship,
                             Guardianship guardianship, boolean addressProtected, DigitalPostRegistration digitalPost,
                             Instant fetchedAt) implements PersonFacts {
    public PersonSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        address = address == null ? Optional.empty() : address;
        foreignAddress = foreignAddress == null ? Optional.empty() : foreignAddress;
        citizenship = citizenship == null ? Optional.empty() : citizenship;
        guardianship = guardianship == null ? Guardianship.NONE : guardianship;
        digitalPost = digitalPost == null ? DigitalPostRegistration.UNKNOWN : digitalPost;
    }

    /** What the register answered at {@code fetchedAt}, without the CPR number. */
    public static PersonSnapshot of(Person person, Instant fetchedAt) {
        return new PersonSnapshot(person.name(), person.birthDate(), person.status(), person.address(),
                person.foreignAddress(), person.citizenship(), person.guardianship(), person.addressProtected(),
                person.digitalPost(), fetchedAt);
    }

    /** Whether the register said the same (the time it said it aside). */
    public boolean sameDataAs(PersonSnapshot other) {
        return other != null && equals(new PersonSnapshot(other.name, other.birthDate, other.status, other.address,
                other.foreignAddress, other.citizenship, other.guardianship, other.addressProtected, other.digitalPost,
                fetchedAt));
    }

    /** How old the data is at {@code now} (never negative). */
    public Duration ageAt(Instant now) {
        Duration age = Duration.between(fetchedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** Never the name or the address: a snapshot may end up in a log line. */
    @Override
    public String toString() {
        return "PersonSnapshot[" + status + ", fetched " + fetchedAt + "]";
    }
}
