package dk.valghalla.adapter.rest.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginResourceTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "/admin/areas, /admin/areas",
            "/admin/audit?page=2, /admin/audit?page=2",
            "null, /fallback",
            "'', /fallback",
            "https://evil.example/, /fallback",
            "//evil.example/x, /fallback",
            "/\\evil.example, /fallback",
            "admin, /fallback",
            "javascript:alert(1), /fallback"})
    void onlyLocalPathsAreReturnTargets(String returnTo, String expected) {
        assertThat(LoginResource.localPath(returnTo, "/fallback")).isEqualTo(expected);
    }
}
