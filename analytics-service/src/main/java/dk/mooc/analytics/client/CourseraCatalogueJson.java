package dk.mooc.analytics.client;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mooc.analytics.CatalogueCourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Coursera's catalogue JSON ({@code GET /api/courses.v1?…&includes=partnerIds}) as its API documents it:
 * {@code {elements: [{id, slug, name, description, partnerIds, primaryLanguages, domainTypes: [{domainId,
 * subdomainId}]}], paging: {next, total}, linked: {"partners.v1": [{id, name}]}}}. A tolerant reader: fields it
 * does not use are ignored, ids may be strings or numbers, {@code paging.next} may be a string (as Coursera sends
 * it) or a number. The same shape is accepted as a catalogue file.
 */
public final class CourseraCatalogueJson {

    public static final int MAX_ID = 100;
    public static final int MAX_SLUG = 300;
    public static final int MAX_NAME = 500;
    public static final int MAX_DESCRIPTION = 20_000;
    /** What a slug may hold: it becomes part of the course's link. */
    public static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");

    private CourseraCatalogueJson() {
    }

    /** One page (or a whole file in the page's shape); element numbers in the errors start at {@code firstRow}. */
    public static CataloguePage page(JsonNode root, long firstRow) {
        if (root == null || !root.isObject() || !root.path("elements").isArray()) {
            return new CataloguePage(List.of(), List.of(), List.of(new CatalogueRowError(0, "elements",
                    "catalogue.file.no-elements", Map.of())), null, null);
        }
        Map<String, String> partnerNames = new HashMap<>();
        for (JsonNode p : root.path("linked").path("partners.v1")) {
            String id = text(p.get("id"));
            String name = text(p.get("name"));
            if (id != null && name != null) {
                partnerNames.put(id, name);
            }
        }
        List<CatalogueCourse> courses = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        List<CatalogueRowError> errors = new ArrayList<>();
        long row = firstRow;
        for (JsonNode e : root.get("elements")) {
            int before = errors.size();
            CatalogueCourse c = element(e, row, partnerNames, errors);
            if (c != null && errors.size() == before) {
                courses.add(c);
                rows.add(row);
            }
            row++;
        }
        JsonNode paging = root.path("paging");
        return new CataloguePage(courses, rows, errors, integer(paging.get("next")), integer(paging.get("total")));
    }

    private static CatalogueCourse element(JsonNode e, long row, Map<String, String> partnerNames,
                                           List<CatalogueRowError> errors) {
        if (!e.isObject()) {
            errors.add(new CatalogueRowError(row, null, "catalogue.row.not-an-object", Map.of()));
            return null;
        }
        String id = required(e, "id", MAX_ID, row, errors);
        String slug = required(e, "slug", MAX_SLUG, row, errors);
        String name = required(e, "name", MAX_NAME, row, errors);
        String description = text(e.get("description"));
        if (description != null && description.length() > MAX_DESCRIPTION) {
            // Coursera's descriptions are a few paragraphs; an overlong one is cut, not refused
            description = description.substring(0, MAX_DESCRIPTION);
        }
        if (slug != null && !SLUG.matcher(slug).matches()) {
            errors.add(new CatalogueRowError(row, "slug", "catalogue.row.invalid-slug", Map.of("value", clip(slug))));
        }
        List<CatalogueCourse.Partner> partners = new ArrayList<>();
        for (String pid : strings(e.get("partnerIds"))) {
            partners.add(new CatalogueCourse.Partner(pid, partnerNames.getOrDefault(pid, pid)));
        }
        Set<String> domains = new LinkedHashSet<>();
        for (JsonNode d : e.path("domainTypes")) {
            String domain = text(d.get("domainId"));
            String sub = text(d.get("subdomainId"));
            if (domain != null) {
                domains.add(sub == null ? domain : domain + "/" + sub);
            } else if (d.isTextual()) {
                domains.add(d.asText());
            }
        }
        return new CatalogueCourse(id, slug, name, description, partners, strings(e.get("primaryLanguages")),
                List.copyOf(domains), false);
    }

    private static String required(JsonNode e, String field, int max, long row, List<CatalogueRowError> errors) {
        JsonNode n = e.get(field);
        if (n != null && (n.isContainerNode() || n.isBoolean())) {
            errors.add(new CatalogueRowError(row, field, "catalogue.row.wrong-type", Map.of("expected", "string")));
            return null;
        }
        String v = text(n);
        if (v == null) {
            errors.add(new CatalogueRowError(row, field, "catalogue.row.missing-value", Map.of()));
            return null;
        }
        if (v.length() > max) {
            errors.add(new CatalogueRowError(row, field, "catalogue.row.too-long", Map.of("max", max)));
            return null;
        }
        return v;
    }

    /** A string or a number as text; null for null, missing, blank or a container. */
    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode v : n) {
                String s = text(v);
                if (s != null && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static Integer integer(JsonNode n) {
        String s = text(n);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
