package dk.valghalla.archfixture.adapter.persistence;

public class AreaStore {
}
