package dk.mooc.analytics;

import java.util.List;

/**
 * A catalogue course that resembles a proposal, and why: the proposal's words found in it ({@code matchedTerms}), how
 * closely its name resembles the proposal's title or topic ({@code nameSimilarity}, trigrams), the full-text rank, and
 * the score they add up to.
 */
public record SimilarCourse(
        String courseraId,
        String slug,
        String name,
        List<String> partners,
        List<String> languages,
        List<String> domainTypes,
        boolean ownUniversity,
        List<String> matchedTerms,
        double textRank,
        double nameSimilarity,
        String nameResembles,
        double score) {

    public String link() {
        return CatalogueCourse.link(slug);
    }
}
