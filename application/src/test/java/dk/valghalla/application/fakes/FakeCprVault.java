package dk.valghalla.application.fakes;

import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.shared.CprNumber;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A CPR vault for tests: the sealed form is reversible but does not show the digits, the lookup key is a plain hash.
 * Counts how often a number was opened (every opening must be an audited act).
 */
public class FakeCprVault implements CprVault {
    private final java.util.concurrent.atomic.AtomicInteger openings = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public SealedCpr seal(CprNumber cpr) {
        String sealed = "fake." + Base64.getEncoder().encodeToString(
                new StringBuilder(cpr.value()).reverse().toString().getBytes(StandardCharsets.US_ASCII));
        return new SealedCpr(cpr.masked(), sealed, lookupKey(cpr));
    }

    @Override
    public CprNumber open(SealedCpr sealed) {
        openings.incrementAndGet();
        String reversed = new String(Base64.getDecoder().decode(sealed.sealed().substring("fake.".length())),
                StandardCharsets.US_ASCII);
        return CprNumber.of(new StringBuilder(reversed).reverse().toString());
    }

    @Override
    public String lookupKey(CprNumber cpr) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("fake-key:" + cpr.value()).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int openings() {
        return openings.get();
    }
}
