package dk.valghalla.application.fakes;

import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.shared.CprNumber;

import java.util.HashMap;
import java.util.Map;

/** A CPR register in memory: knows the persons added to it; can be switched off to play an outage. */
public class InMemoryPersonRegister implements PersonRegister {
    private final Map<CprNumber, Person> persons = new HashMap<>();
    private boolean unavailable;
    private int lookups;

    public InMemoryPersonRegister add(Person person) {
        persons.put(person.cpr(), person);
        return this;
    }

    public void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public Person lookup(CprNumber cpr) {
        lookups++;
        if (unavailable) {
            throw new PersonRegisterUnavailableException("switched off in the test", null);
        }
        Person person = persons.get(cpr);
        if (person == null) {
            throw new PersonNotFoundException(cpr);
        }
        return person;
    }

    /** How many look-ups were made (look-ups may be billed). */
    public int lookups() {
        return lookups;
    }
}
