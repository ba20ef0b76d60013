package dk.mooc.analytics.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.CatalogueCourse;
import dk.mooc.analytics.client.CataloguePage;
import dk.mooc.analytics.client.CatalogueRowError;
import dk.mooc.analytics.client.CourseraCatalogueJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a catalogue file the LearningLab imports when Coursera's API cannot be reached: Coursera's JSON (one
 * {@code courses.v1} answer, {@code elements} with {@code linked.partners.v1}) or CSV with the columns {@code id},
 * {@code slug}, {@code name} (required), {@code description}, {@code partner_ids}, {@code partner_names},
 * {@code languages}, {@code domain_types} (optional; several values separated by {@code ;}). Courses are handed on in
 * batches as they are read; every course that cannot be stored is reported with a code, up to {@link #MAX_ERRORS}.
 */
public final class CatalogueFile {

    public static final int MAX_ERRORS = 100;
    public static final int BATCH = 500;
    public static final List<String> REQUIRED = List.of("id", "slug", "name");
    public static final List<String> OPTIONAL = List.of("description", "partner_ids", "partner_names", "languages",
            "domain_types");

    /** The courses read and the errors found; the file is good when there are no errors. */
    public record Result(int courses, List<CatalogueRowError> errors) {
    }

    public enum Format { JSON, CSV }

    private final Consumer<List<CatalogueCourse>> batches;
    private final List<CatalogueRowError> errors = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private final List<CatalogueCourse> batch = new ArrayList<>();
    private int courses;

    private CatalogueFile(Consumer<List<CatalogueCourse>> batches) {
        this.batches = batches;
    }

    public static Result read(InputStream in, Format format, ObjectMapper mapper, Consumer<List<CatalogueCourse>> batches)
            throws IOException {
        CatalogueFile file = new CatalogueFile(batches);
        PushbackInputStream body = new PushbackInputStream(in, 1);
        int first = body.read();
        if (first < 0) {
            file.errors.add(new CatalogueRowError(0, null, "catalogue.file.empty", Map.of()));
            return file.result();
        }
        body.unread(first);
        if (format == Format.JSON) {
            file.json(body, mapper);
        } else {
            file.csv(body);
        }
        file.flush();
        if (file.courses == 0 && file.errors.isEmpty()) {
            file.errors.add(new CatalogueRowError(0, null, "catalogue.file.no-courses", Map.of()));
        }
        return file.result();
    }

    private Result result() {
        return new Result(courses, List.copyOf(errors));
    }

    private void json(InputStream in, ObjectMapper mapper) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            errors.add(new CatalogueRowError(0, null, "catalogue.file.not-json", Map.of(
                    "line", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "column", e.getLocation() == null ? 0 : e.getLocation().getColumnNr())));
            return;
        }
        CataloguePage page = CourseraCatalogueJson.page(root, 1);
        page.errors().forEach(this::error);
        for (int i = 0; i < page.courses().size(); i++) {
            add(page.courses().get(i), page.rows().get(i));
        }
    }

    private void csv(InputStream in) throws IOException {
        try (CsvReader reader = new CsvReader(in, CourseraCatalogueJson.MAX_DESCRIPTION)) {
            List<String> header;
            try {
                header = reader.next();
            } catch (CsvReader.FormatException e) {
                errors.add(new CatalogueRowError(e.line(), null, "catalogue.file.malformed-csv", Map.of("reason", e.getMessage())));
                return;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; header != null && i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (columns.putIfAbsent(name, i) != null) {
                    errors.add(new CatalogueRowError(1, name, "catalogue.file.duplicate-column", Map.of("column", name)));
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    errors.add(new CatalogueRowError(1, required, "catalogue.file.missing-column",
                            Map.of("column", required)));
                }
            }
            if (!errors.isEmpty()) {
                return;
            }
            while (errors.size() < MAX_ERRORS) {
                List<String> record;
                try {
                    record = reader.next();
                } catch (CsvReader.FormatException e) {
                    errors.add(new CatalogueRowError(e.line(), null, "catalogue.file.malformed-csv",
                            Map.of("reason", e.getMessage())));
                    return;
                }
                if (record == null) {
                    return;
                }
                long line = reader.recordLine();
                if (record.size() != header.size()) {
                    errors.add(new CatalogueRowError(line, null, "catalogue.row.wrong-column-count",
                            Map.of("expected", header.size(), "found", record.size())));
                    continue;
                }
                row(line, record, columns);
            }
        }
    }

    private void row(long line, List<String> record, Map<String, Integer> columns) {
        int before = errors.size();
        String id = required(line, record, columns, "id", CourseraCatalogueJson.MAX_ID);
        String slug = required(line, record, columns, "slug", CourseraCatalogueJson.MAX_SLUG);
        String name = required(line, record, columns, "name", CourseraCatalogueJson.MAX_NAME);
        if (slug != null && !CourseraCatalogueJson.SLUG.matcher(slug).matches()) {
            errors.add(new CatalogueRowError(line, "slug", "catalogue.row.invalid-slug", Map.of("value", slug)));
        }
        List<String> partnerIds = list(record, columns, "partner_ids");
        List<String> partnerNames = list(record, columns, "partner_names");
        if (!partnerIds.isEmpty() && !partnerNames.isEmpty() && partnerIds.size() != partnerNames.size()) {
            errors.add(new CatalogueRowError(line, "partner_names", "catalogue.row.partners-mismatch",
                    Map.of("ids", partnerIds.size(), "names", partnerNames.size())));
        }
        if (errors.size() > before) {
            return;
        }
        List<CatalogueCourse.Partner> partners = new ArrayList<>();
        int n = Math.max(partnerIds.size(), partnerNames.size());
        for (int i = 0; i < n; i++) {
            String pid = i < partnerIds.size() ? partnerIds.get(i) : partnerNames.get(i);
            partners.add(new CatalogueCourse.Partner(pid, i < partnerNames.size() ? partnerNames.get(i) : pid));
        }
        String description = value(record, columns, "description");
        add(new CatalogueCourse(id, slug, name, description, partners, list(record, columns, "languages"),
                list(record, columns, "domain_types"), false), line);
    }

    private String required(long line, List<String> record, Map<String, Integer> columns, String column, int max) {
        String v = value(record, columns, column);
        if (v == null) {
            errors.add(new CatalogueRowError(line, column, "catalogue.row.missing-value", Map.of()));
            return null;
        }
        if (v.length() > max) {
            errors.add(new CatalogueRowError(line, column, "catalogue.row.too-long", Map.of("max", max)));
            return null;
        }
        return v;
    }

    private static String value(List<String> record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return null;
        }
        String v = record.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static List<String> list(List<String> record, Map<String, Integer> columns, String column) {
        String v = value(record, columns, column);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private void add(CatalogueCourse c, long row) {
        Long first = seen.putIfAbsent(c.courseraId(), row);
        if (first != null) {
            error(new CatalogueRowError(row, "id", "catalogue.row.duplicate-id", Map.of("id", c.courseraId(),
                    "firstRow", first)));
            return;
        }
        courses++;
        batch.add(c);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    private void error(CatalogueRowError e) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(e);
        }
    }

    private void flush() {
        // once a row is wrong nothing will be kept, so there is no point in storing more
        if (!batch.isEmpty() && errors.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
        batch.clear();
    }
}
