package dk.valghalla.adapter.persistence.participant;

import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.shared.CprNumber;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmCprVaultTest {
    private static final CprNumber ANNE = CprNumber.of("0101901234");
    private static final String KEY = randomKey();
    private static final String LOOKUP = randomKey();

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static AesGcmCprVault vault(String tenant, String key, List<String> previous) {
        return new AesGcmCprVault(CprVaultKeys.parse(key, previous, LOOKUP), () -> tenant);
    }

    @Test
    void aSealedNumberShowsNoDigitsAndOpensAgain() {
        AesGcmCprVault vault = vault("demo", KEY, List.of());

        SealedCpr sealed = vault.seal(ANNE);

        assertThat(sealed.masked()).isEqualTo("010190-XXXX");
        assertThat(sealed.sealed()).startsWith("v1.").doesNotContain("0101901234").doesNotContain("1234");
        assertThat(sealed.lookupKey()).hasSize(64).doesNotContain("0101901234");
        assertThat(vault.open(sealed)).isEqualTo(ANNE);
    }

    @Test
    void everySealingIsDifferentButTheLookupKeyIsStablePerMunicipality() {
        AesGcmCprVault demo = vault("demo", KEY, List.of());
        AesGcmCprVault nabo = vault("nabo", KEY, List.of());

        SealedCpr first = demo.seal(ANNE);
        SealedCpr second = demo.seal(ANNE);

        assertThat(first.sealed()).isNotEqualTo(second.sealed());
        assertThat(first.lookupKey()).isEqualTo(second.lookupKey()).isEqualTo(demo.lookupKey(ANNE));
        assertThat(nabo.lookupKey(ANNE)).as("the same person in another municipality").isNotEqualTo(demo.lookupKey(ANNE));
        assertThat(demo.lookupKey(CprNumber.of("0101901235"))).isNotEqualTo(demo.lookupKey(ANNE));
    }

    @Test
    void aNumberSealedForOneMunicipalityDoesNotOpenInAnother() {
        SealedCpr sealed = vault("demo", KEY, List.of()).seal(ANNE);

        assertThatThrownBy(() -> vault("nabo", KEY, List.of()).open(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("0101901234");
    }

    @Test
    void aTamperedSealedNumberDoesNotOpen() {
        SealedCpr sealed = vault("demo", KEY, List.of()).seal(ANNE);
        String s = sealed.sealed();
        int i = s.length() - 10;
        String tampered = s.substring(0, i) + (s.charAt(i) == 'A' ? 'B' : 'A') + s.substring(i + 1);

        assertThatThrownBy(() -> vault("demo", KEY, List.of()).open(new SealedCpr(sealed.masked(), tampered, sealed.lookupKey())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterAKeyRotationOldNumbersOpenWithThePreviousKeyAndNewOnesUseTheNewKey() {
        SealedCpr old = vault("demo", KEY, List.of()).seal(ANNE);
        String newKey = randomKey();
        AesGcmCprVault rotated = vault("demo", newKey, List.of(KEY));

        assertThat(rotated.open(old)).isEqualTo(ANNE);
        assertThat(rotated.seal(ANNE).sealed()).doesNotStartWith(old.sealed().substring(0, 12));
        assertThat(rotated.seal(ANNE).lookupKey()).as("rotation keeps lookup keys").isEqualTo(old.lookupKey());
        assertThatThrownBy(() -> vault("demo", newKey, List.of()).open(old))
                .hasMessageContaining("VALGHALLA_CPR_PREVIOUS_KEYS");
    }

    @Test
    void theKeysMustBeThirtyTwoRandomBytesAndDifferent() {
        assertThatThrownBy(() -> CprVaultKeys.parse(null, List.of(), LOOKUP)).hasMessageContaining("VALGHALLA_CPR_KEY must be set");
        assertThatThrownBy(() -> CprVaultKeys.parse(KEY, List.of(), " ")).hasMessageContaining("VALGHALLA_CPR_LOOKUP_KEY");
        assertThatThrownBy(() -> CprVaultKeys.parse("c2hvcnQ=", List.of(), LOOKUP)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CprVaultKeys.parse("not base64!", List.of(), LOOKUP)).hasMessageContaining("base64");
        assertThatThrownBy(() -> CprVaultKeys.parse(KEY, List.of(), KEY)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> CprVaultKeys.parse(KEY, List.of("c2hvcnQ="), LOOKUP))
                .hasMessageContaining("VALGHALLA_CPR_PREVIOUS_KEYS");
    }
}
