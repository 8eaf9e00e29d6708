package dk.valghalla.adapter.rest.shared;

import dk.valghalla.application.shared.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a server-paged list. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {
    public static <D, T> PageResponse<T> from(Page<D> page, Function<D, T> toResponse) {
        return new PageResponse<>(page.items().stream().map(toResponse).toList(), page.total(), page.page(), page.size());
    }
}
