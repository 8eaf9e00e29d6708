package dk.valghalla.domain.electiontype;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dk.valghalla.domain.electiontype.EligibilityRule.AGE_18_ON_TASK_DATE;
import static dk.valghalla.domain.electiontype.EligibilityRule.DANISH_CITIZENSHIP;
import static dk.valghalla.domain.electiontype.EligibilityRule.NOT_UNDER_GUARDIANSHIP;
import static dk.valghalla.domain.electiontype.EligibilityRule.RESIDENT_IN_MUNICIPALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElectionTypeTest {

    @Test
    void aTypeCarriesTheChosenRulesInTheirFixedOrder() {
        ElectionType type = ElectionType.create("Folketingsvalg",
                Set.of(NOT_UNDER_GUARDIANSHIP, AGE_18_ON_TASK_DATE, DANISH_CITIZENSHIP));
        assertThat(type.rules()).containsExactly(AGE_18_ON_TASK_DATE, DANISH_CITIZENSHIP, NOT_UNDER_GUARDIANSHIP);
        assertThat(type.requires(RESIDENT_IN_MUNICIPALITY)).isFalse();
        assertThat(type.requires(DANISH_CITIZENSHIP)).isTrue();
    }

    @Test
    void aTypeMayRequireNoRuleAtAll() {
        assertThat(ElectionType.create("Prøvevalg", null).rules()).isEmpty();
        assertThat(ElectionType.create("Prøvevalg", Set.of()).rules()).isEmpty();
    }

    @Test
    void revisingReplacesTitleAndRules() {
        ElectionType type = ElectionType.create("Kommunalvalg", Set.of(AGE_18_ON_TASK_DATE));
        type.revise("Kommunal- og regionsrådsvalg", Set.of(RESIDENT_IN_MUNICIPALITY));
        assertThat(type.title()).isEqualTo("Kommunal- og regionsrådsvalg");
        assertThat(type.rules()).containsExactly(RESIDENT_IN_MUNICIPALITY);
    }

    @Test
    void theTitleIsRequired() {
        assertThatThrownBy(() -> ElectionType.create("  ", Set.of())).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "title");
    }

    @Test
    void aTypeInUseCannotBeDeleted() {
        ElectionType type = ElectionType.create("Folketingsvalg", Set.of());
        assertThat(type.consequencesOfDeletion(2).allowed()).isFalse();
        assertThat(type.consequencesOfDeletion(2).blockers().get(0).params()).containsEntry("count", "2");
        assertThatThrownBy(() -> type.ensureDeletable(2)).isInstanceOf(ElectionTypeInUseException.class)
                .hasFieldOrPropertyWithValue("code", "election_type.in_use");
        assertThat(type.consequencesOfDeletion(0).allowed()).isTrue();
        type.ensureDeletable(0);
    }
}
