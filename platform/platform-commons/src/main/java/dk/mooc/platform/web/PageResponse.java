package dk.mooc.platform.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, the page asked for, and how many match for pagination controls. The count stops
 * {@link #COUNTED_AHEAD} items past the page's start, so that a page costs the same at 10,000 matches as at 1,000
 * ({@code totalExact} says whether it stopped).
 */
public record PageResponse<T>(
        @Schema(description = "The items on this page, in the list's order") List<T> items,
        @Schema(description = "The page, from 0", example = "0") int page,
        @Schema(description = "The page size asked for", example = "20") int size,
        @Schema(description = TOTAL, example = "42") long total,
        @Schema(description = TOTAL_EXACT, example = "true") boolean totalExact) {

    /** How far past the page's first item a list counts its matches: 50 pages of 20. */
    public static final int COUNTED_AHEAD = 1_000;

    /** {@code total}'s description, also for the lists' named page schemas. */
    public static final String TOTAL = "How many items match, over every page, when totalExact is true. When it is false, "
            + "more than this many match: counting stops 1,000 items past the page's first item (page × size + 1,000), "
            + "so that a page costs the same however long the list is; the next pages say more as they are read.";
    /** {@code totalExact}'s description, also for the lists' named page schemas. */
    public static final String TOTAL_EXACT = "Whether total counts every match (true), or counting stopped and more than "
            + "total match (false)";

    /**
     * One page of a query. A page that is not full is the last one: it says how many match without counting them
     * again. A full page counts the matches up to {@link #COUNTED_AHEAD} past its first item, not all of them: an
     * exact count over every visible row was the costliest statement of a list, and grew with the programme.
     */
    public static <T> PageResponse<T> of(ListQuery<T> query, int page, int size) {
        long first = (long) page * size;
        // no list has 2^31 rows: a page that far is past the end (and would overflow the query's offset)
        List<T> items = first > Integer.MAX_VALUE ? List.of() : query.rows((int) first, size);
        boolean last = items.size() < size && (!items.isEmpty() || page == 0);
        if (last) {
            return new PageResponse<>(items, page, size, first + items.size(), true);
        }
        long limit = first + COUNTED_AHEAD;
        long counted = query.countUpTo(limit);
        return counted <= limit ? new PageResponse<>(items, page, size, counted, true)
                : new PageResponse<>(items, page, size, limit, false);
    }

    /** The same page with its items mapped all at once, for views that read what they need for the whole page together. */
    public <R> PageResponse<R> mapItems(Function<List<T>, List<R>> mapper) {
        return new PageResponse<>(mapper.apply(items), page, size, total, totalExact);
    }

    /** The same page with each item mapped, e.g. from entities to views. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact);
    }
}
