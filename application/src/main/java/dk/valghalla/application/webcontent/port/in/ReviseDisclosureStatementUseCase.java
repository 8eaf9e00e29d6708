package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.DisclosureStatement;
import dk.valghalla.domain.webcontent.Versioned;

/** Writes the disclosure statement (oplysningserklæring). */
public interface ReviseDisclosureStatementUseCase {
    Versioned<DisclosureStatement> reviseDisclosureStatement(ReviseDisclosureStatementCommand command);
}
