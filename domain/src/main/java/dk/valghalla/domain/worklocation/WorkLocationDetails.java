package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.Texts;

import java.util.regex.Pattern;

/**
 * The descriptive fields of a work location: the area it lies in, its title, where it is and the number of its
 * voting area (<i>afstemningsområde</i>, used in exports to the election system). Texts are trimmed; blank optional
 * texts become null.
 */
public record WorkLocationDetails(AreaId area, String title, String address, String postalCode, String city,
                                  Integer votingAreaNumber) {
    public static final int TITLE_MAX = 255;
    public static final int ADDRESS_MAX = 255;
    public static final int CITY_MAX = 255;
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{4}");

    public WorkLocationDetails {
        if (area == null) {
            throw new InvalidValueException("areaId", "text.required", "areaId is required");
        }
        title = Texts.required("title", title, TITLE_MAX);
        address = Texts.optional("address", address, ADDRESS_MAX);
        postalCode = postalCode == null || postalCode.isBlank() ? null : postalCode.strip();
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidValueException("postalCode", "postal_code.invalid", "postalCode must be four digits");
        }
        city = Texts.optional("city", city, CITY_MAX);
        if (votingAreaNumber != null && votingAreaNumber <= 0) {
            throw new InvalidValueException("votingAreaNumber", "voting_area.invalid",
                    "votingAreaNumber must be a positive number");
        }
    }
}
