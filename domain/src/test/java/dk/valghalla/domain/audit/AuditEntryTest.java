package dk.valghalla.domain.audit;

import dk.valghalla.domain.shared.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

    @Test
    void cprNumbersInSummaryAndObjectIdAreMasked() {
        AuditEntry entry = AuditEntry.of(Instant.EPOCH, Actor.SYSTEM, AuditAction.AREA_CREATED, "AREA", "0101901234",
                "looked up 010190-1234");
        assertThat(entry.summary()).isEqualTo("looked up 010190-XXXX");
        assertThat(entry.objectId()).isEqualTo("010190-XXXX");
    }

    @Test
    void blankFilterCriteriaMeanAny() {
        assertThat(new AuditFilter(null, " ", "", null, null)).isEqualTo(AuditFilter.ANY);
    }
}
