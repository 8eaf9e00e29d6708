package dk.valghalla.domain.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The address abroad that the register keeps after an emigration.
 *
 * @param lines          up to five free-text address lines, without empty ones
 * @param country        the country emigrated to, if known
 * @param emigrationDate the day of emigration, if known
 */
public record ForeignAddress(List<String> lines, Optional<CountryCode> country, Optional<LocalDate> emigrationDate) {
    public ForeignAddress {
        lines = lines == null ? List.of()
                : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        country = country == null ? Optional.empty() : country;
        emigrationDate = emigrationDate == null ? Optional.empty() : emigrationDate;
    }
}
