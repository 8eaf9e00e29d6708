package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.InvalidValueException;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A name as the CPR register holds it.
 *
 * @param firstNames     the first name(s) (<i>fornavn</i>), may be empty
 * @param middleName     the middle name (<i>mellemnavn</i>), if any
 * @param lastName       the last name (<i>efternavn</i>), may be empty
 * @param addressingName the register's short form for letters (<i>personadresseringsnavn</i>), e.g. "Jensen,Anne"
 */
public record PersonName(String firstNames, Optional<String> middleName, String lastName, String addressingName) {
    public PersonName {
        firstNames = firstNames == null ? "" : firstNames.strip();
        middleName = middleName == null ? Optional.empty() : middleName.map(String::strip).filter(s -> !s.isEmpty());
        lastName = lastName == null ? "" : lastName.strip();
        addressingName = addressingName == null ? "" : addressingName.strip();
        if (firstNames.isEmpty() && lastName.isEmpty() && addressingName.isEmpty()) {
            throw new InvalidValueException("name", "cpr.name_missing", "A person has a name");
        }
    }

    /** First and middle names, the way Valghalla shows "first name". */
    public String givenNames() {
        return Stream.concat(Stream.of(firstNames), middleName.stream()).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** "First Middle Last"; the addressing name when the parts are missing. */
    public String fullName() {
        String full = Stream.of(givenNames(), lastName).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        return full.isEmpty() ? addressingName : full;
    }
}
