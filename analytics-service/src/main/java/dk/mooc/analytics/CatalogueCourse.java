package dk.mooc.analytics;

import java.util.List;

/**
 * One course of Coursera's catalogue as the platform keeps it: Coursera's id and slug, its name and description, the
 * partners (universities) that offer it, its languages and domains, and whether the university itself offers it.
 */
public record CatalogueCourse(
        String courseraId,
        String slug,
        String name,
        String description,
        List<Partner> partners,
        List<String> languages,
        List<String> domainTypes,
        boolean ownUniversity) {

    public CatalogueCourse {
        description = description == null ? "" : description;
        partners = partners == null ? List.of() : List.copyOf(partners);
        languages = languages == null ? List.of() : List.copyOf(languages);
        domainTypes = domainTypes == null ? List.of() : List.copyOf(domainTypes);
    }

    /** The course's page on Coursera. */
    public String link() {
        return link(slug);
    }

    public static String link(String slug) {
        return "https://www.coursera.org/learn/" + slug;
    }

    public CatalogueCourse withOwnUniversity(boolean own) {
        return new CatalogueCourse(courseraId, slug, name, description, partners, languages, domainTypes, own);
    }

    /** A Coursera partner: its id in the catalogue and its name (the id alone when the catalogue did not name it). */
    public record Partner(String id, String name) {
    }
}
