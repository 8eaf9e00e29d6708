package dk.valghalla.application.participant.port.in;

public interface LookUpPersonUseCase {
    /**
     * Asks the CPR register about a person (audited, also when the register knows nobody by that number).
     *
     * @throws dk.valghalla.domain.participant.PersonNotFoundException            nobody has this CPR number
     * @throws dk.valghalla.domain.participant.PersonRegisterUnavailableException the register cannot answer now
     */
    PersonLookup lookUpPerson(LookUpPersonCommand command);
}
