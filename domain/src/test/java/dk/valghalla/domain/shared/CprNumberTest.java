package dk.valghalla.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CprNumberTest {

    @Test
    void acceptsTenDigitsWithOrWithoutHyphen() {
        assertThat(CprNumber.of("0101901234")).isEqualTo(CprNumber.of("010190-1234"));
        assertThat(CprNumber.of("010190-1234").value()).isEqualTo("0101901234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "01019012345", "3201901234", "0113901234", "abcdefghij", "3102901234"})
    void refusesMalformedNumbers(String text) {
        assertThatThrownBy(() -> CprNumber.of(text)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "cpr.invalid");
    }

    @Test
    void toStringNeverShowsTheSerialNumber() {
        CprNumber cpr = CprNumber.of("0101901234");
        assertThat(cpr.toString()).isEqualTo("010190-XXXX").doesNotContain("1234");
        assertThat(cpr.masked()).isEqualTo("010190-XXXX");
    }

    @Test
    void maskAllHidesEveryCprNumberInAText() {
        assertThat(CprNumber.maskAll("login cpr=0101901234 and 020285-4321."))
                .isEqualTo("login cpr=010190-XXXX and 020285-XXXX.");
    }

    @Test
    void maskAllLeavesOtherNumbersAlone() {
        assertThat(CprNumber.maskAll("order 12345678901 id 123 uuid 5f1e0d3c-0000-1111-2222-333344445555"))
                .isEqualTo("order 12345678901 id 123 uuid 5f1e0d3c-0000-1111-2222-333344445555");
        assertThat(CprNumber.maskAll(null)).isNull();
    }
}
