package dk.valghalla.application.participant.port.out;

import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.shared.CprNumber;

/**
 * The national person register (CPR), as far as Valghalla needs it: who a person is, where they live and the facts
 * the eligibility rules ask about. Look-ups are made for the current municipality (tenant); they may be billed per
 * call, so callers keep the result instead of asking twice.
 */
public interface PersonRegister {
    /**
     * @throws PersonNotFoundException            the register has nobody with this number (final: do not ask again)
     * @throws PersonRegisterUnavailableException the register cannot answer now (may succeed later)
     */
    Person lookup(CprNumber cpr);
}
