package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mobile numbers and e-mail addresses as the election office types them. */
class ContactDetailsTest {

    @ParameterizedTest
    @CsvSource({"20304050, 20304050", "'20 30 40 50', 20304050", "+4520304050, 20304050", "'+45 20-30-40-50', 20304050",
            "004591234567, 91234567"})
    void danishMobileNumbersAreStoredAsEightDigits(String typed, String stored) {
        assertThat(MobileNumber.parse(typed)).contains(new MobileNumber(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "02030405", "12345678", "2030405a", "+46 20304050", "tlf 20304050"})
    void otherNumbersAreRefused(String typed) {
        assertThatThrownBy(() -> MobileNumber.parse(typed)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "participant.mobile_invalid")
                .hasFieldOrPropertyWithValue("field", "mobile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankMeansNone(String typed) {
        assertThat(MobileNumber.parse(typed)).isEmpty();
        assertThat(EmailAddress.parse(typed)).isEmpty();
        assertThat(MobileNumber.parse(null)).isEmpty();
        assertThat(EmailAddress.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anne@example.dk", "anne.marie+valg@kommune.example.dk", "a@b.co", "æble@example.dk"})
    void emailAddressesAreAccepted(String typed) {
        assertThat(EmailAddress.parse(" " + typed + " ")).contains(new EmailAddress(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anne", "anne@", "@example.dk", "anne@example", "anne @example.dk", "anne@exa mple.dk",
            "anne@@example.dk", "anne@example..dk", "anne@-example.dk", "<anne@example.dk>"})
    void otherTextsAreNoEmailAddresses(String typed) {
        assertThatThrownBy(() -> EmailAddress.parse(typed)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "participant.email_invalid")
                .hasFieldOrPropertyWithValue("field", "email");
    }

    @org.junit.jupiter.api.Test
    void anEmailAddressHasAtMost254Characters() {
        String longDomain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".dk";
        assertThatThrownBy(() -> EmailAddress.parse("x@" + longDomain + "x".repeat(10)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EmailAddress.parse("x".repeat(65) + "@example.dk")).isInstanceOf(InvalidValueException.class);
    }
}
