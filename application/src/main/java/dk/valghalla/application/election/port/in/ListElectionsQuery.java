package dk.valghalla.application.election.port.in;

import dk.valghalla.application.shared.PageRequest;

/**
 * @param text   part of the title (any case; null or blank = all)
 * @param active only active (true) or inactive (false) elections; null = both
 */
public record ListElectionsQuery(String text, Boolean active, PageRequest page) {
    public ListElectionsQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
