package dk.valghalla.archfixture.application.bad.service;

/** Breaks "use cases are interfaces in port.in": a class, in a service package. */
public class ProcessUseCase {
}
