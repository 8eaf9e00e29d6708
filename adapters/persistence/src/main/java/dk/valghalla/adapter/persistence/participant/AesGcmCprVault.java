package dk.valghalla.adapter.persistence.participant;

import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.shared.CprNumber;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link CprVault} with AES-256-GCM and HMAC-SHA256 (ADR 0017).
 *
 * <ul>
 *   <li><b>Sealed form:</b> {@code v1.<key id>.<base64url(nonce ‖ ciphertext ‖ tag)>}, a fresh 96-bit random nonce
 *       per sealing. The municipality (tenant id) is the additional authenticated data, so a sealed number copied into
 *       another municipality's schema does not open there.</li>
 *   <li><b>Lookup key:</b> hex HMAC-SHA256 over {@code <tenant id>|<ten digits>} with a separate key: without the
 *       key, nobody can test the few hundred million possible CPR numbers against it, and the same person has
 *       different keys in different municipalities.</li>
 * </ul>
 * The keys come from {@code VALGHALLA_CPR_KEY}, {@code VALGHALLA_CPR_LOOKUP_KEY} and {@code
 * VALGHALLA_CPR_PREVIOUS_KEYS} (see {@link CprVaultKeys}); the app does not start without valid ones.
 */
@Startup
@ApplicationScoped
public class AesGcmCprVault implements CprVault {
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CprVaultKeys keys;
    private final Supplier<String> tenantId;

    @Inject
    public AesGcmCprVault(@ConfigProperty(name = "valghalla.cpr-vault.key") Optional<String> key,
                          @ConfigProperty(name = "valghalla.cpr-vault.previous-keys") Optional<List<String>> previousKeys,
                          @ConfigProperty(name = "valghalla.cpr-vault.lookup-key") Optional<String> lookupKey,
                          TenantContext tenantContext) {
        this(CprVaultKeys.parse(key.orElse(null), previousKeys.orElse(List.of()), lookupKey.orElse(null)),
                () -> tenantContext.tenant().id().value());
    }

    AesGcmCprVault(CprVaultKeys keys, Supplier<String> tenantId) {
        this.keys = keys;
        this.tenantId = tenantId;
    }

    @Override
    public SealedCpr seal(CprNumber cpr) {
        String tenant = tenantId.get();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(tenant));
            byte[] sealed = cipher.doFinal(cpr.value().getBytes(StandardCharsets.US_ASCII));
            byte[] token = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new SealedCpr(cpr.masked(),
                    VERSION + "." + keys.currentId() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                    lookupKey(tenant, cpr));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a CPR number", e);
        }
    }

    @Override
    public CprNumber open(SealedCpr sealed) {
        String[] parts = sealed.sealed().split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("Not a sealed CPR number of this vault");
        }
        var key = keys.sealingKey(parts[1]).orElseThrow(() -> new IllegalStateException(
                "The CPR number was sealed with key " + parts[1] + ", which is not configured"
                        + " (add it to VALGHALLA_CPR_PREVIOUS_KEYS)"));
        try {
            byte[] token = Base64.getUrlDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, token, 0, NONCE_BYTES));
            cipher.updateAAD(aad(tenantId.get()));
            byte[] digits = cipher.doFinal(token, NONCE_BYTES, token.length - NONCE_BYTES);
            return CprNumber.of(new String(digits, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Deliberately without the cause's text: never anything of the number in a message.
            throw new IllegalStateException("The sealed CPR number does not open for this municipality");
        }
    }

    @Override
    public String lookupKey(CprNumber cpr) {
        return lookupKey(tenantId.get(), cpr);
    }

    private String lookupKey(String tenant, CprNumber cpr) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookupKey());
            return HexFormat.of().formatHex(mac.doFinal((tenant + "|" + cpr.value()).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive a CPR lookup key", e);
        }
    }

    private static byte[] aad(String tenant) {
        return ("valghalla-cpr|" + tenant).getBytes(StandardCharsets.UTF_8);
    }
}
