package dk.valghalla.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    @Test
    void participantIsIdentifiedByMaskedCprOnly() {
        Actor actor = Actor.participant(CprNumber.of("0101901234"), "Anne Andersen");
        assertThat(actor.id()).isEqualTo("010190-XXXX");
        assertThat(actor.describe()).isEqualTo("Anne Andersen (participant)");
    }

    @Test
    void aCprNumberSmuggledIntoANameIsMasked() {
        Actor actor = Actor.admin("sub-1", "Ada 0101901234");
        assertThat(actor.displayName()).isEqualTo("Ada 010190-XXXX");
    }

    @Test
    void missingDisplayNameFallsBackToId() {
        assertThat(Actor.admin("sub-1", " ").displayName()).isEqualTo("sub-1");
    }
}
