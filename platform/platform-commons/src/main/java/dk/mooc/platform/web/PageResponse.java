package dk.mooc.platform.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page asked for, and the total count for pagination controls. */
public record PageResponse<T>(
        @Schema(description = "The items on this page, in the list's order") List<T> items,
        @Schema(description = "The page, from 0", example = "0") int page,
        @Schema(description = "The page size asked for", example = "20") int size,
        @Schema(description = "How many items match in all, over every page", example = "42") long total) {

    /** The same page with each item mapped, e.g. from entities to views. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
