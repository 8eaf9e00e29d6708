package dk.valghalla.application.area;

import dk.valghalla.application.area.port.out.AreaRepository;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaNameAlreadyUsedException;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link AreaRepository} must do. Run by the in-memory fake here and by the database adapter in
 * bootstrap, so the fake that the application tests trust behaves like the real thing. Implementations start empty.
 */
public abstract class AreaRepositoryContract {

    protected abstract AreaRepository repository();

    /** Runs the step as one unit of work (a transaction for the database adapter). */
    protected abstract void inTransaction(Runnable step);

    @Test
    void storedAreaCanBeFoundAgainWithVersionZero() {
        Area area = Area.create("Nord", "Nordlige skoler");
        inTransaction(() -> repository().add(area));
        Area found = repository().findById(area.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Nord");
        assertThat(found.description()).isEqualTo("Nordlige skoler");
        assertThat(found.version()).isZero();
        assertThat(repository().findAll()).extracting(Area::id).contains(area.id());
    }

    @Test
    void nameTakenIgnoresCaseAndTheAreaItself() {
        Area area = Area.create("Midtby", null);
        inTransaction(() -> repository().add(area));
        assertThat(repository().nameTaken("MIDTBY", null)).isTrue();
        assertThat(repository().nameTaken("midtby", area.id())).isFalse();
        assertThat(repository().nameTaken("Vest", null)).isFalse();
    }

    @Test
    void addingASecondAreaWithTheSameNameFails() {
        inTransaction(() -> repository().add(Area.create("Syd", null)));
        assertThatThrownBy(() -> inTransaction(() -> repository().add(Area.create("SYD", null))))
                .isInstanceOf(AreaNameAlreadyUsedException.class);
    }

    @Test
    void updateIncrementsVersionAndRefusesAStaleVersion() {
        Area area = Area.create("Øst", null);
        inTransaction(() -> repository().add(area));
        Area first = repository().findById(area.id()).orElseThrow();
        Area second = repository().findById(area.id()).orElseThrow();
        first.describe("Østby", "ny");
        inTransaction(() -> repository().update(first));
        assertThat(repository().findById(area.id()).orElseThrow().version()).isEqualTo(1);
        second.describe("Østerby", null);
        assertThatThrownBy(() -> inTransaction(() -> repository().update(second)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(repository().findById(area.id()).orElseThrow().name()).isEqualTo("Østby");
    }

    @Test
    void removedAreaIsGone() {
        Area area = Area.create("Vest", null);
        inTransaction(() -> repository().add(area));
        inTransaction(() -> repository().remove(area.id()));
        assertThat(repository().findById(area.id())).isEmpty();
    }

    @Test
    void aNewAreaHasNoWorkLocations() {
        Area area = Area.create("Havnen", null);
        inTransaction(() -> repository().add(area));
        assertThat(repository().countWorkLocations(area.id())).isZero();
        long[] count = new long[1];
        inTransaction(() -> count[0] = repository().lockAllAndCount());
        assertThat(count[0]).isEqualTo(repository().findAll().size());
        assertThat(repository().count()).isEqualTo(repository().findAll().size());
    }
}
