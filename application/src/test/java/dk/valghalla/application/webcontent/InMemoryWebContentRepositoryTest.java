package dk.valghalla.application.webcontent;

import dk.valghalla.application.fakes.InMemoryWebContentRepository;
import dk.valghalla.application.webcontent.port.out.WebContentRepository;

class InMemoryWebContentRepositoryTest extends WebContentRepositoryContract {
    private final InMemoryWebContentRepository repository = new InMemoryWebContentRepository();

    @Override
    protected WebContentRepository repository() {
        return repository;
    }

    @Override
    protected void inTransaction(Runnable step) {
        step.run();
    }
}
