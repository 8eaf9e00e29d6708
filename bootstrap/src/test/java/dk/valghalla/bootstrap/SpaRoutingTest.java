package dk.valghalla.bootstrap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpaRoutingTest {

    @ParameterizedTest
    @CsvSource({
            "/admin, true", "/admin/areas, true", "/min-profil, true",
            "/, false", "/api/admin/areas, false", "/q/health, false", "/login/admin, false", "/logout/participant, false",
            "/soap/sf1520-fake, false", "/main-ABC123.js, false", "/assets/logo.svg, false", "/favicon.ico, false"})
    void deepLinksGetTheSpaButFilesAndServerPathsDoNot(String path, boolean spa) {
        assertThat(SpaRouting.isSpaRoute(path)).isEqualTo(spa);
    }
}
