package dk.valghalla.domain.specialdiet;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecialDietTest {

    @Test
    void aDietHasATrimmedTitle() {
        assertThat(SpecialDiet.create("  Vegetar ").title()).isEqualTo("Vegetar");
    }

    @Test
    void theTitleIsRequiredAndAtMost255Characters() {
        assertThatThrownBy(() -> SpecialDiet.create(" ")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "title");
        assertThatThrownBy(() -> SpecialDiet.create("x".repeat(256))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void renamingChangesTheTitle() {
        SpecialDiet diet = SpecialDiet.create("Vegetar");
        diet.rename("Vegansk");
        assertThat(diet.title()).isEqualTo("Vegansk");
        assertThatThrownBy(() -> diet.rename("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void nothingBlocksTheDeletionOfADiet() {
        assertThat(SpecialDiet.create("Vegetar").consequencesOfDeletion().allowed()).isTrue();
    }
}
