package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.InvalidValueException;

/** A CVR number (Danish company/authority register): eight digits that pass the modulus-11 check. */
public record Cvr(String value) {
    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        if (value == null || !value.strip().matches("\\d{8}") || !passesModulus11(value.strip())) {
            throw new InvalidValueException("cvr", "tenant.cvr_invalid", "A CVR number has eight digits and a valid check digit");
        }
        value = value.strip();
    }

    private static boolean passesModulus11(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
