package dk.valghalla.archfixture.application.bad.service;

import dk.valghalla.archfixture.bootstrap.Wiring;

/** Breaks "application depends on domain and the allowed jakarta APIs only" and "nothing depends on bootstrap". */
public class BadService {
    jakarta.persistence.EntityManager entityManager;
    Wiring wiring;
}
