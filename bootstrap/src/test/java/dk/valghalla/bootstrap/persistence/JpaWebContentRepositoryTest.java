package dk.valghalla.bootstrap.persistence;

import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.application.webcontent.WebContentRepositoryContract;
import dk.valghalla.application.webcontent.port.out.WebContentRepository;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** The database adapter keeps the same {@link WebContentRepositoryContract} as the in-memory fake. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class JpaWebContentRepositoryTest extends WebContentRepositoryContract {
    @Inject
    WebContentRepository repository;
    @Inject
    TenantWork tenantWork;
    @Inject
    RegisterTenantUseCase registerTenant;

    private Tenant tenant;

    @BeforeEach
    void freshMunicipality() {
        tenant = TestTenants.register(registerTenant, "webrepo");
    }

    /** The adapter, with every call made inside the test municipality (joining a running transaction if any). */
    @Override
    protected WebContentRepository repository() {
        return (WebContentRepository) Proxy.newProxyInstance(WebContentRepository.class.getClassLoader(),
                new Class<?>[]{WebContentRepository.class}, (proxy, method, args) -> tenantWork.callAs(tenant,
                        () -> QuarkusTransaction.joiningExisting().call(() -> invoke(method, args))));
    }

    private Object invoke(Method method, Object[] args) throws Exception {
        try {
            return method.invoke(repository, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        }
    }

    @Override
    protected void inTransaction(Runnable step) {
        tenantWork.runAs(tenant, () -> QuarkusTransaction.requiringNew().run(step));
    }
}
