package dk.valghalla.application.shared;

/** A free-text search (blank = everything) over a long list, one page at a time. */
public record SearchQuery(String text, PageRequest page) {
    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
