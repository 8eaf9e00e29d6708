package dk.valghalla.bootstrap.support;

import dk.valghalla.application.tenant.port.in.RegisterTenantCommand;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers fresh municipalities for tests, each at its own host {@code <id>.localhost}. */
public final class TestTenants {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestTenants() {
    }

    public static Tenant register(RegisterTenantUseCase useCase, String prefix) {
        return register(useCase, prefix, null);
    }

    /**
     * @param municipalityCode the municipality's number, e.g. "0999" where the fake CPR register's persons live
     *                         (Sf1520Fixtures); null for a number of its own
     */
    public static Tenant register(RegisterTenantUseCase useCase, String prefix, String municipalityCode) {
        int n = NEXT.getAndIncrement();
        String id = prefix + "-" + n + "-" + Long.toString(System.nanoTime() % 100000, 36);
        return useCase.registerTenant(new RegisterTenantCommand(new TenantId(id), "Kommune " + id,
                new MunicipalityCode(municipalityCode != null ? municipalityCode : String.valueOf(100 + n)),
                new Cvr(cvr(n)), Set.of(new HostName(id + ".localhost")), Map.of(), Actor.OPERATOR));
    }

    /** A distinct valid CVR number (modulus 11) per test municipality. */
    static String cvr(int n) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        for (int prefix = 3100000 + n * 3; ; prefix++) {
            String p = String.valueOf(prefix);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (p.charAt(i) - '0') * weights[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return p + check;
            }
        }
    }

    public static String host(Tenant tenant) {
        return tenant.hosts().iterator().next().value();
    }
}
