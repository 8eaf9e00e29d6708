package dk.valghalla.adapter.persistence.participant;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of the CPR vault, parsed from configuration (base64, 32 bytes each):
 * <ul>
 *   <li>{@code VALGHALLA_CPR_KEY}: AES-256 key that seals new numbers;</li>
 *   <li>{@code VALGHALLA_CPR_PREVIOUS_KEYS}: earlier sealing keys (comma-separated), still able to open what they
 *       sealed, so the key can be rotated without re-encrypting everything at once;</li>
 *   <li>{@code VALGHALLA_CPR_LOOKUP_KEY}: HMAC-SHA256 key of the lookup keys. It is separate, so that rotating the
 *       sealing key never changes a lookup key.</li>
 * </ul>
 * Each sealing key is named by a short fingerprint (not secret), which the sealed form carries.
 */
public final class CprVaultKeys {
    static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> sealingKeys;
    private final SecretKey lookupKey;

    private CprVaultKeys(String currentId, Map<String, SecretKey> sealingKeys, SecretKey lookupKey) {
        this.currentId = currentId;
        this.sealingKeys = Map.copyOf(sealingKeys);
        this.lookupKey = lookupKey;
    }

    /** @throws IllegalStateException naming the environment variable that is missing or malformed */
    public static CprVaultKeys parse(String current, List<String> previous, String lookup) {
        byte[] sealing = decode("VALGHALLA_CPR_KEY", current);
        byte[] hmac = decode("VALGHALLA_CPR_LOOKUP_KEY", lookup);
        if (MessageDigest.isEqual(sealing, hmac)) {
            throw new IllegalStateException("VALGHALLA_CPR_LOOKUP_KEY must differ from VALGHALLA_CPR_KEY");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String currentId = fingerprint(sealing);
        keys.put(currentId, new SecretKeySpec(sealing, "AES"));
        for (String old : previous == null ? List.<String>of() : previous) {
            if (old != null && !old.isBlank()) {
                byte[] bytes = decode("VALGHALLA_CPR_PREVIOUS_KEYS", old);
                keys.putIfAbsent(fingerprint(bytes), new SecretKeySpec(bytes, "AES"));
            }
        }
        return new CprVaultKeys(currentId, keys, new SecretKeySpec(hmac, "HmacSHA256"));
    }

    private static byte[] decode(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set: " + KEY_BYTES + " random bytes in base64"
                    + " (e.g. openssl rand -base64 32)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(name + " must be " + KEY_BYTES + " bytes (base64 of 32 random bytes), not "
                    + bytes.length);
        }
        return bytes;
    }

    /** The first 8 hex digits of SHA-256 over a fixed label and the key: names the key, reveals nothing of it. */
    static String fingerprint(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("valghalla-cpr-key-id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return sealingKeys.get(currentId);
    }

    Optional<SecretKey> sealingKey(String id) {
        return Optional.ofNullable(sealingKeys.get(id));
    }

    SecretKey lookupKey() {
        return lookupKey;
    }
}
