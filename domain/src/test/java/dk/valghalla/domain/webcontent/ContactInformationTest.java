package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactInformationTest {
    private static ContactInformation info(String postalCode, String phone, String email, String digitalPost) {
        return new ContactInformation("Demo Kommune", "Valgsekretariatet", "Rådhuspladsen 1", postalCode, "Demoby",
                phone, email, digitalPost);
    }

    @Test
    void aCompleteContactIsAccepted() {
        ContactInformation c = info(" 9999 ", " +45 33 66 33 66 ", " valg@demo.dk ",
                "https://post.borger.dk/send?to=demo");
        assertThat(c.postalCode()).isEqualTo("9999");
        assertThat(c.phone()).isEqualTo("+45 33 66 33 66");
        assertThat(c.email()).isEqualTo("valg@demo.dk");
        assertThat(c.digitalPostUrl()).isEqualTo("https://post.borger.dk/send?to=demo");
        assertThat(info("9999", "", null, "https://post.borger.dk/x").email()).isNull();
        assertThat(info("9999", null, "valg@demo.dk", " ").digitalPostUrl()).isNull();
    }

    @Test
    void anEmailOrADigitalPostLinkIsRequired() {
        assertThatThrownBy(() -> info("9999", "70101818", " ", null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "email")
                .hasFieldOrPropertyWithValue("code", "contact_information.email_or_digital_post_required");
    }

    @Test
    void requiredTextsAndFormatsAreChecked() {
        assertThatThrownBy(() -> new ContactInformation(" ", "V", "A", "9999", "C", null, "a@b.dk", null))
                .hasFieldOrPropertyWithValue("field", "municipalityName")
                .hasFieldOrPropertyWithValue("code", "text.required");
        assertThatThrownBy(() -> new ContactInformation("M", null, "A", "9999", "C", null, "a@b.dk", null))
                .hasFieldOrPropertyWithValue("field", "department");
        assertThatThrownBy(() -> new ContactInformation("M", "D", "", "9999", "C", null, "a@b.dk", null))
                .hasFieldOrPropertyWithValue("field", "address");
        assertThatThrownBy(() -> new ContactInformation("M", "D", "A", "9999", null, null, "a@b.dk", null))
                .hasFieldOrPropertyWithValue("field", "city");
        for (String postalCode : new String[] {"999", "99999", "abcd", null}) {
            assertThatThrownBy(() -> info(postalCode, null, "a@b.dk", null))
                    .hasFieldOrPropertyWithValue("field", "postalCode")
                    .hasFieldOrPropertyWithValue("code", "postal_code.invalid");
        }
        for (String phone : new String[] {"1234567", "ring mig", "+45 12 34 56 78 90 12 34 56", "12--345678"}) {
            assertThatThrownBy(() -> info("9999", phone, "a@b.dk", null))
                    .hasFieldOrPropertyWithValue("code", "phone.invalid");
        }
        for (String email : new String[] {"valg", "valg@demo", "a b@demo.dk", "a@@demo.dk"}) {
            assertThatThrownBy(() -> info("9999", null, email, null))
                    .hasFieldOrPropertyWithValue("field", "email").hasFieldOrPropertyWithValue("code", "email.invalid");
        }
    }

    @Test
    void theDigitalPostLinkMustBeAnHttpsAddress() {
        assertThatThrownBy(() -> info("9999", null, null, "http://post.borger.dk"))
                .hasFieldOrPropertyWithValue("field", "digitalPostUrl")
                .hasFieldOrPropertyWithValue("code", "url.not_https");
        assertThatThrownBy(() -> info("9999", null, null, "javascript:alert(1)"))
                .hasFieldOrPropertyWithValue("code", "url.not_https");
        assertThatThrownBy(() -> info("9999", null, null, "https://user@evil.example/"))
                .hasFieldOrPropertyWithValue("code", "url.invalid");
        assertThatThrownBy(() -> info("9999", null, null, "https://post borger dk"))
                .hasFieldOrPropertyWithValue("code", "url.invalid");
        assertThatThrownBy(() -> info("9999", null, null, "post.borger.dk"))
                .hasFieldOrPropertyWithValue("code", "url.not_https");
    }
}
