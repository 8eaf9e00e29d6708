package dk.valghalla.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupChecksTest {

    @Test
    void aMissingOrShortSessionSecretStopsTheStart() {
        assertThatThrownBy(() -> StartupChecks.requireSessionSecret("")).hasMessageContaining("VALGHALLA_SESSION_SECRET");
        assertThatThrownBy(() -> StartupChecks.requireSessionSecret(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StartupChecks.requireSessionSecret("x".repeat(31))).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> StartupChecks.requireSessionSecret("x".repeat(32))).doesNotThrowAnyException();
    }
}
