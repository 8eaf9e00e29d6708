package dk.valghalla.archfixture.application.bad.service;

import dk.valghalla.archfixture.application.bad.port.in.BadCommand;
import dk.valghalla.archfixture.application.bad.port.in.HandleBadUseCase;
import jakarta.transaction.Transactional;

/** Breaks "use cases declare their transaction": SUPPORTS reuses whatever session happens to exist. */
public class SloppyService implements HandleBadUseCase {
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void handle(BadCommand command) {
    }
}
