package dk.mooc.analytics.client;

import dk.mooc.analytics.CatalogueCourse;

import java.util.List;

/**
 * One page of Coursera's {@code courses.v1}: the courses read from it (with each one's element number in
 * {@code rows}), the elements that could not be read, and where the next page starts ({@code paging.next}; null on
 * the last page) of how many in all ({@code paging.total}).
 */
public record CataloguePage(List<CatalogueCourse> courses, List<Long> rows, List<CatalogueRowError> errors, Integer next,
                            Integer total) {
}
