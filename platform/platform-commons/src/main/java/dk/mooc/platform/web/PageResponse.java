package dk.mooc.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page asked for, and the total count for pagination controls. */
public record PageResponse<T>(
        @Schema(description = "The items on this page, in the list's order") List<T> items,
        @Schema(description = "The page, from 0", example = "0") int page,
        @Schema(description = "The page size asked for", example = "20") int size,
        @Schema(description = "How many items match in all, over every page", example = "42") long total) {

    /**
     * One page of a query. A page that is not full is the last one: it says how many match without counting them
     * again, which saves a count over every matching row (a round trip, and the costliest statement of a list).
     */
    public static <T> PageResponse<T> of(PanacheQuery<T> query, int page, int size) {
        List<T> items = query.page(Page.of(page, size)).list();
        boolean last = items.size() < size && (!items.isEmpty() || page == 0);
        long total = last ? (long) page * size + items.size() : query.count();
        return new PageResponse<>(items, page, size, total);
    }

    /** The same page with its items mapped all at once, for views that read what they need for the whole page together. */
    public <R> PageResponse<R> mapItems(Function<List<T>, List<R>> mapper) {
        return new PageResponse<>(mapper.apply(items), page, size, total);
    }

    /** The same page with each item mapped, e.g. from entities to views. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
