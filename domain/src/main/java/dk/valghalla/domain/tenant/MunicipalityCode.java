package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.InvalidValueException;

/** The municipality's number (<i>kommunekode</i>), e.g. 0751 for Aarhus; always four digits. */
public record MunicipalityCode(String value) {
    public MunicipalityCode {
        if (value == null || !value.strip().matches("\\d{3,4}")) {
            throw new InvalidValueException("municipalityCode", "tenant.municipality_code_invalid",
                    "A municipality code has three or four digits");
        }
        value = String.format("%04d", Integer.parseInt(value.strip()));
    }

    @Override
    public String toString() {
        return value;
    }
}
