package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.DisclosureStatement;
import dk.valghalla.domain.webcontent.Versioned;

import java.util.Optional;

/** The disclosure statement (oplysningserklæring), if written. */
public interface ShowDisclosureStatementUseCase {
    Optional<Versioned<DisclosureStatement>> showDisclosureStatement();
}
