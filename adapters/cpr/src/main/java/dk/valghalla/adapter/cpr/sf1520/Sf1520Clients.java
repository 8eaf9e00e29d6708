package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.sf1520.generated.PersonBaseDataExtendedPortType;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPConduitFactory;
import org.apache.cxf.transport.http.URLConnectionHTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SF1520 client per distinct {@link Sf1520TenantSettings} (so per municipality when municipalities have their
 * own certificates), created on first use and kept. A client is thread-safe: nothing per call goes into its request
 * context; the CVR number travels in the body.
 *
 * <p>Clients are built programmatically because the certificate is chosen per municipality at run time, which a
 * statically configured {@code @CXFClient} cannot do. They use CXF's {@link URLConnectionHTTPConduit}, whose TLS
 * client parameters (key and trust managers) and time-outs are set here.
 */
@ApplicationScoped
public class Sf1520Clients {
    private final Map<Sf1520TenantSettings, PersonBaseDataExtendedPortType> clients = new ConcurrentHashMap<>();

    public PersonBaseDataExtendedPortType clientFor(Sf1520TenantSettings settings) {
        return clients.computeIfAbsent(settings, Sf1520Clients::create);
    }

    /** Forgets all clients, e.g. after a certificate was renewed on disk. */
    public void clear() {
        clients.clear();
    }

    private static PersonBaseDataExtendedPortType create(Sf1520TenantSettings settings) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(PersonBaseDataExtendedPortType.class);
        factory.setAddress(settings.endpoint().toString());
        // The real service sends many elements our minimal schema leaves out: skip them instead of failing.
        factory.setProperties(new java.util.HashMap<>(Map.of("set-jaxb-validation-event-handler", Boolean.FALSE)));
        PersonBaseDataExtendedPortType port = factory.create(PersonBaseDataExtendedPortType.class);

        Client client = ClientProxy.getClient(port);
        client.getEndpoint().getEndpointInfo().setProperty(HTTPConduitFactory.class.getName(),
                (HTTPConduitFactory) (transportFactory, bus, endpointInfo, target) ->
                        new URLConnectionHTTPConduit(bus, endpointInfo, target));
        HTTPConduit conduit = (HTTPConduit) client.getConduit();

        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        conduit.setClient(policy);

        if (settings.clientCertificate().isPresent() || settings.trustStore().isPresent()) {
            TLSClientParameters tls = new TLSClientParameters();
            try {
                if (settings.clientCertificate().isPresent()) {
                    KeyStoreRef ref = settings.clientCertificate().get();
                    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                    kmf.init(load(ref), ref.password().toCharArray());
                    tls.setKeyManagers(kmf.getKeyManagers());
                }
                if (settings.trustStore().isPresent()) {
                    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                    tmf.init(load(settings.trustStore().get()));
                    tls.setTrustManagers(tmf.getTrustManagers());
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new Sf1520NotConfiguredException("cannot load the key or trust store of municipality "
                        + settings.tenant() + ": " + e.getMessage());
            }
            conduit.setTlsClientParameters(tls);
        }
        return port;
    }

    private static KeyStore load(KeyStoreRef ref) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(ref.type());
        try (InputStream in = Files.newInputStream(Path.of(ref.path()))) {
            store.load(in, ref.password().toCharArray());
        }
        return store;
    }
}
