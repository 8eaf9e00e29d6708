package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.Texts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How participants reach the election office (<i>valgsekretariatet</i>): the municipality's name, the department,
 * its postal address, and at least one written channel: an e-mail address or a link to write to the office through
 * Digital Post (an https address). A phone number is optional. The municipality's name also fills the
 * {@code !municipality} token of messages.
 */
public record ContactInformation(String municipalityName, String department, String address, String postalCode,
                                 String city, String phone, String email, String digitalPostUrl) {
    public static final int TEXT_MAX = 255;
    public static final int EMAIL_MAX = 254;
    public static final int URL_MAX = 2000;
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{4}");
    /** Digits with optional leading +, and spaces or hyphens between groups: "+45 33 66 33 66", "70 10 18 18". */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]+([ -]?[0-9]+)*");
    /** Deliberately simple: something@domain.tld, no spaces, one @. The office tests the address by using it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public ContactInformation {
        municipalityName = Texts.required("municipalityName", municipalityName, TEXT_MAX);
        department = Texts.required("department", department, TEXT_MAX);
        address = Texts.required("address", address, TEXT_MAX);
        postalCode = postalCode == null ? "" : postalCode.strip();
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidValueException("postalCode", "postal_code.invalid", "postalCode must be four digits");
        }
        city = Texts.required("city", city, TEXT_MAX);
        phone = phone(phone);
        email = email(email);
        digitalPostUrl = httpsUrl("digitalPostUrl", digitalPostUrl);
        if (email == null && digitalPostUrl == null) {
            throw new InvalidValueException("email", "contact_information.email_or_digital_post_required",
                    "Give an e-mail address or a Digital Post link (or both)");
        }
    }

    private static String phone(String phone) {
        String p = Texts.optional("phone", phone, 30);
        if (p == null) {
            return null;
        }
        long digits = p.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(p).matches() || digits < 8 || digits > 15) {
            throw new InvalidValueException("phone", "phone.invalid", "phone must be a phone number of 8 to 15 digits");
        }
        return p;
    }

    private static String email(String email) {
        String e = Texts.optional("email", email, EMAIL_MAX);
        if (e != null && !EMAIL.matcher(e).matches()) {
            throw new InvalidValueException("email", "email.invalid", "email must be an e-mail address");
        }
        return e;
    }

    /** An absolute https address with a host and no user information; anything else is refused. */
    static String httpsUrl(String field, String url) {
        String u = Texts.optional(field, url, URL_MAX);
        if (u == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(field, "url.invalid", field + " is not a web address");
        }
        if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            throw new InvalidValueException(field, "url.not_https", field + " must start with https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new InvalidValueException(field, "url.invalid", field + " is not a web address");
        }
        return u;
    }
}
