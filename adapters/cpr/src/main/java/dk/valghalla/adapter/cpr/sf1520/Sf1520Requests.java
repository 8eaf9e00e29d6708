package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupRequestType;
import dk.valghalla.adapter.cpr.sf1520.generated.authoritycontext.AuthorityContextType;
import dk.valghalla.adapter.cpr.sf1520.generated.invocationcontext.InvocationContextType;
import dk.valghalla.domain.shared.CprNumber;

import java.util.Locale;

/** Builds the PersonLookup request for one municipality. */
public final class Sf1520Requests {
    private Sf1520Requests() {
    }

    public static PersonLookupRequestType personLookup(Sf1520TenantSettings settings, CprNumber cpr) {
        PersonLookupRequestType request = new PersonLookupRequestType();
        switch (settings.context()) {
            case AUTHORITY -> {
                AuthorityContextType authority = new AuthorityContextType();
                authority.setMunicipalityCVR(settings.municipalityCvr().value());
                request.setAuthorityContext(authority);
            }
            case INVOCATION -> {
                Sf1520TenantSettings.InvocationContextIds ids = settings.invocationContext().orElseThrow();
                InvocationContextType invocation = new InvocationContextType();
                invocation.setServiceAgreementUUID(lower(ids.serviceAgreement()));
                invocation.setUserSystemUUID(lower(ids.userSystem()));
                invocation.setUserUUID(lower(ids.user()));
                invocation.setServiceUUID(lower(ids.service()));
                ids.accountingInfo().ifPresent(invocation::setAccountingInfo);
                request.setInvocationContext(invocation);
            }
        }
        request.setPNR(cpr.value());
        return request;
    }

    private static String lower(java.util.UUID uuid) {
        return uuid.toString().toLowerCase(Locale.ROOT);
    }
}
