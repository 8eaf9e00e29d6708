package dk.valghalla.archfixture.adapter.rest;

/** Breaks "entities live in the persistence adapter". */
public class AreaEntity {
}
