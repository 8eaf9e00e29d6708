package dk.valghalla.application.fakes;

import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.shared.CprNumber;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CPR register in memory: knows the persons added to it; can be switched off (or off for some numbers) to play an
 * outage. Safe for parallel look-ups.
 */
public class InMemoryPersonRegister implements PersonRegister {
    private final Map<CprNumber, Person> persons = new ConcurrentHashMap<>();
    private final Map<CprNumber, AtomicInteger> lookupsOf = new ConcurrentHashMap<>();
    private final Set<CprNumber> unavailableFor = ConcurrentHashMap.newKeySet();
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile boolean unavailable;
    private volatile LookupListener listener = cpr -> { };

    /** Told of every look-up, on the calling thread, before the answer. */
    @FunctionalInterface
    public interface LookupListener {
        void lookingUp(CprNumber cpr);
    }

    public InMemoryPersonRegister add(Person person) {
        persons.put(person.cpr(), person);
        return this;
    }

    public void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    /** The register cannot answer for this number (until {@link #setUnavailableFor} with false). */
    public void setUnavailableFor(CprNumber cpr, boolean unavailable) {
        if (unavailable) {
            unavailableFor.add(cpr);
        } else {
            unavailableFor.remove(cpr);
        }
    }

    public void onLookup(LookupListener listener) {
        this.listener = listener;
    }

    @Override
    public Person lookup(CprNumber cpr) {
        lookups.incrementAndGet();
        lookupsOf.computeIfAbsent(cpr, k -> new AtomicInteger()).incrementAndGet();
        listener.lookingUp(cpr);
        if (unavailable || unavailableFor.contains(cpr)) {
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
        return lookups.get();
    }

    /** How many look-ups of this number were made. */
    public int lookups(CprNumber cpr) {
        AtomicInteger n = lookupsOf.get(cpr);
        return n == null ? 0 : n.get();
    }
}
