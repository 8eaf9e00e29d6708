package dk.valghalla.archfixture.application.bad.port.out;

import dk.valghalla.archfixture.application.bad.port.in.BadCommand;

/** Breaks "outgoing ports never use incoming port types". */
public interface BadRepository {
    void save(BadCommand command);
}
