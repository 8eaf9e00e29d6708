package dk.valghalla.domain.area;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AreaTest {

    @Test
    void createdAreaHasTrimmedNameAndBlankDescriptionBecomesNull() {
        Area area = Area.create("  Nord  ", "   ");
        assertThat(area.name()).isEqualTo("Nord");
        assertThat(area.description()).isNull();
        assertThat(area.version()).isZero();
    }

    @Test
    void nameIsRequired() {
        assertThatThrownBy(() -> Area.create(" ", null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "text.required")
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void nameLongerThan255CharactersIsRefused() {
        assertThatThrownBy(() -> Area.create("x".repeat(256), null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "text.too_long");
        assertThat(Area.create("x".repeat(255), null).name()).hasSize(255);
    }

    @Test
    void nameWithControlCharactersIsRefused() {
        assertThatThrownBy(() -> Area.create("Nord\u0000", null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "text.control_characters");
    }

    @Test
    void describeChangesNameAndDescription() {
        Area area = Area.create("Nord", null);
        area.describe("Nordby", "Skoler nord for åen");
        assertThat(area.name()).isEqualTo("Nordby");
        assertThat(area.description()).isEqualTo("Skoler nord for åen");
    }

    @Test
    void theLastAreaCannotBeDeleted() {
        Area area = Area.create("Nord", null);
        assertThatThrownBy(() -> area.ensureDeletable(1, 0))
                .isInstanceOf(LastAreaCannotBeDeletedException.class)
                .hasFieldOrPropertyWithValue("code", "area.last_area");
    }

    @Test
    void anAreaWithWorkLocationsCannotBeDeleted() {
        Area area = Area.create("Nord", null);
        assertThatThrownBy(() -> area.ensureDeletable(3, 2))
                .isInstanceOf(AreaHasWorkLocationsException.class)
                .hasFieldOrPropertyWithValue("code", "area.has_work_locations");
    }

    @Test
    void theConsequencesOfDeletionNameEveryBlockerWithItsFigures() {
        Area area = Area.create("Nord", null);
        var consequences = area.consequencesOfDeletion(1, 3);
        assertThat(consequences.allowed()).isFalse();
        assertThat(consequences.blockers()).extracting(c -> c.code())
                .containsExactly("area.last_area", "area.has_work_locations");
        assertThat(consequences.blockers().get(1).params()).containsEntry("count", "3");
        assertThat(area.consequencesOfDeletion(2, 0).allowed()).isTrue();
        assertThat(area.consequencesOfDeletion(2, 0).warnings()).isEmpty();
    }

    @Test
    void anEmptyAreaAmongOthersCanBeDeleted() {
        Area.create("Nord", null).ensureDeletable(2, 0);
    }

    @Test
    void areasSortInDanishOrderWithAeOeAaLast() {
        List<Area> sorted = List.of(Area.create("Åby", null), Area.create("Ørum", null), Area.create("Zealand", null),
                        Area.create("Ærø", null), Area.create("aarhus syd", null), Area.create("Bjerre", null))
                .stream().sorted(Area.BY_NAME).toList();
        assertThat(sorted).extracting(Area::name)
                .containsExactly("Bjerre", "Zealand", "Ærø", "Ørum", "Åby", "aarhus syd");
    }
}
