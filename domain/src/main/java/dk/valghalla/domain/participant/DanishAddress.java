package dk.valghalla.domain.participant;

import dk.valghalla.domain.tenant.MunicipalityCode;

import java.util.Objects;
import java.util.Optional;

/**
 * A current address in Denmark.
 *
 * @param streetAddress the address line as the register formats it (<i>standardadresse</i>), e.g. "Vestergade 12, 1. th"
 * @param postalCode    four digits
 * @param postDistrict  e.g. "Aarhus C"
 * @param municipality  the municipality the person lives in (decides residency)
 * @param coName        "c/o" name, if any
 */
public record DanishAddress(String streetAddress, String postalCode, String postDistrict, MunicipalityCode municipality,
                            Optional<String> coName) {
    public DanishAddress {
        streetAddress = streetAddress == null ? "" : streetAddress.strip();
        postalCode = postalCode == null ? "" : postalCode.strip();
        postDistrict = postDistrict == null ? "" : postDistrict.strip();
        Objects.requireNonNull(municipality, "municipality");
        coName = coName == null ? Optional.empty() : coName.map(String::strip).filter(s -> !s.isEmpty());
    }
}
