package dk.valghalla.archfixture.bootstrap;

public class Wiring {
}
