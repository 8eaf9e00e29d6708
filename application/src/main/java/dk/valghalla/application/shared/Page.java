package dk.valghalla.application.shared;

import java.util.List;

/** One page of results and the total number of matches. */
public record Page<T>(List<T> items, long total, int page, int size) {
    public Page {
        items = List.copyOf(items);
    }
}
