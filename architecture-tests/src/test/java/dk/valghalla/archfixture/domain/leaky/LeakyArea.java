package dk.valghalla.archfixture.domain.leaky;

/** Breaks "domain depends on java only" and "JPA entities are named *Entity": JPA in the domain. */
@jakarta.persistence.Entity
public class LeakyArea {
    jakarta.persistence.EntityManager entityManager;
}
