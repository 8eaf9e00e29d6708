package dk.valghalla.application.area;

import dk.valghalla.application.area.port.out.AreaRepository;
import dk.valghalla.application.fakes.InMemoryAreaRepository;

class InMemoryAreaRepositoryTest extends AreaRepositoryContract {
    private final InMemoryAreaRepository repository = new InMemoryAreaRepository();

    @Override
    protected AreaRepository repository() {
        return repository;
    }

    @Override
    protected void inTransaction(Runnable step) {
        step.run();
    }
}
