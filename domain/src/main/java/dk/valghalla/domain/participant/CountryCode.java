package dk.valghalla.domain.participant;

import dk.valghalla.domain.shared.InvalidValueException;

/** A country as the CPR register numbers countries (<i>landekode</i>); 5100 is Denmark. */
public record CountryCode(int value) {
    public static final CountryCode DENMARK = new CountryCode(5100);

    public CountryCode {
        if (value < 1 || value > 9999) {
            throw new InvalidValueException("countryCode", "cpr.country_code_invalid", "A CPR country code has up to four digits");
        }
    }

    public boolean isDenmark() {
        return value == DENMARK.value;
    }

    @Override
    public String toString() {
        return String.format("%04d", value);
    }
}
