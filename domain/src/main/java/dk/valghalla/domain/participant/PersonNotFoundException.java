package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.NotFoundException;

/** The CPR register has nobody with this CPR number. Final: asking again gives the same answer. */
public class PersonNotFoundException extends NotFoundException {
    public static final String CODE = "cpr.person_not_found";

    public PersonNotFoundException(CprNumber cpr) {
        super(CODE, "The CPR register has no person " + cpr.masked());
    }
}
