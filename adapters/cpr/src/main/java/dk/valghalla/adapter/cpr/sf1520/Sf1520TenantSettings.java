package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.CprConfig.ContextKind;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.TenantId;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything one municipality's SF1520 calls need: where to call, with which client certificate, and which context
 * goes into the request body. Built by {@link Sf1520TenantSettingsResolver} from the tenant and {@code valghalla.cpr.*}.
 *
 * @param municipalityCvr   the CVR number of the municipality (AuthorityContext), from the tenant
 * @param clientCertificate the key store with the certificate for mutual TLS; empty only in fake mode
 * @param invocationContext the UUIDs, when the municipality uses InvocationContext instead of AuthorityContext
 */
public record Sf1520TenantSettings(TenantId tenant, URI endpoint, Duration connectTimeout, Duration receiveTimeout,
                                   Cvr municipalityCvr, Optional<KeyStoreRef> clientCertificate,
                                   Optional<KeyStoreRef> trustStore, ContextKind context,
                                   Optional<InvocationContextIds> invocationContext) {
    public Sf1520TenantSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(receiveTimeout, "receiveTimeout");
        Objects.requireNonNull(municipalityCvr, "municipalityCvr");
        Objects.requireNonNull(context, "context");
        clientCertificate = clientCertificate == null ? Optional.empty() : clientCertificate;
        trustStore = trustStore == null ? Optional.empty() : trustStore;
        invocationContext = invocationContext == null ? Optional.empty() : invocationContext;
        if (context == ContextKind.INVOCATION && invocationContext.isEmpty()) {
            throw new IllegalArgumentException("InvocationContext needs the service agreement, user system and user UUIDs");
        }
    }

    /** The UUIDs of an InvocationContext; sent in lower case, as the platform's schema demands. */
    public record InvocationContextIds(UUID serviceAgreement, UUID userSystem, UUID user, UUID service,
                                       Optional<String> accountingInfo) {
        public InvocationContextIds {
            Objects.requireNonNull(serviceAgreement, "serviceAgreement");
            Objects.requireNonNull(userSystem, "userSystem");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(service, "service");
            accountingInfo = accountingInfo == null ? Optional.empty() : accountingInfo;
        }
    }
}
