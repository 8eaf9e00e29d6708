package dk.valghalla.adapter.rest.error;

import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anUnavailableCprRegisterIs503WithRetryAfter() {
        var response = mappers.registerUnavailable(
                new PersonRegisterUnavailableException("circuit open", Duration.ofSeconds(30), null));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("cpr.unavailable");
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("circuit");
    }

    @Test
    void withoutAKnownWaitThereIsNoRetryAfter() {
        var response = mappers.registerUnavailable(new PersonRegisterUnavailableException("timeout", null));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }
}
