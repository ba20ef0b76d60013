package dk.mooc.analytics.rest;

import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.ImportProblem;
import dk.mooc.analytics.ExportImportTable;
import dk.mooc.analytics.ImportSource;
import dk.mooc.analytics.ImportStatus;
import dk.mooc.analytics.TableImportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ExportImport", description = "One import of a Coursera export: one table (source TABLE) or the whole "
        + "export (ZIP, FOLDER), with each table's progress and result")
public record ImportView(
        @Schema(example = "0b6f0f4e-4a8e-4c1e-9d52-7c1f3e2a9b10") UUID id,
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(description = "The table of a TABLE import; null for a whole export", nullable = true) String table,
        @Schema(example = "ZIP") ImportSource source,
        @Schema(example = "false", description = "A whole export that replaced the course's learner data instead of"
                + " merging into it") boolean replacesData,
        @Schema(example = "COMPLETED", description = "REJECTED: a file was invalid and nothing of the upload was kept")
        ImportStatus status,
        @Schema(example = "993412", description = "Rows read so far (headers not counted); grows while RUNNING")
        long rowsRead,
        @Schema(example = "993412", description = "Rows inserted or changed; 0 when the same export is imported again; "
                + "null until the import completes", nullable = true) Long rowsChanged,
        @Schema(example = "1.0", description = "0 to 1: the share of the upload's bytes read; null while a TABLE import "
                + "of unknown size runs", nullable = true) Double progress,
        @Schema(example = "2028-07-03T09:00:00Z") OffsetDateTime startedAt,
        @Schema(example = "2028-07-03T09:01:12Z", description = "null while RUNNING", nullable = true)
        OffsetDateTime finishedAt,
        @Schema(description = "User name of whoever uploaded the export", example = "carla") String importedBy,
        @Schema(description = "Why a REJECTED or FAILED import was refused; null otherwise (and for a problem recorded "
                + "before codes whose form was not recognised)", nullable = true, example = "NUMBER_OUT_OF_RANGE")
        ImportProblem problemCode,
        @Schema(description = "The values the problem's wording needs, all strings (see ImportProblemCode); null when "
                + "there is no problem", nullable = true,
                example = "{\"min\": \"0\", \"max\": \"100\", \"value\": \"140\"}") Map<String, String> problemParams,
        @Schema(description = "The line of the file the problem is on; null when none", nullable = true) Long problemLine,
        @Schema(description = "The column the problem is in; null when none", nullable = true) String problemColumn,
        @Schema(description = "Each table of the upload, in the order they are imported (lookup tables first)")
        List<TableView> tables,
        @Schema(example = "[\"export/course_items.csv\", \"export/README.txt\"]",
                description = "The upload's files that are not tables the platform uses") List<String> ignored) {

    @Schema(name = "ExportImportTable", description = "One table of an import")
    public record TableView(
            @Schema(description = "Coursera's table name", example = "course_progress") String table,
            @Schema(example = "export/course_progress.csv", description = "The file in the upload") String file,
            @Schema(example = "COMPLETED", description = "VALIDATED: read and valid, kept when the whole export completes;"
                    + " NOT_KEPT: not kept because another table was rejected") TableImportStatus status,
            @Schema(description = "Rows read so far (headers not counted)", example = "993412") long rowsRead,
            @Schema(description = "Rows inserted or changed; null until the table is merged", example = "993412",
                    nullable = true) Long rowsChanged,
            @Schema(example = "81234567", description = "null for a TABLE import", nullable = true) Long bytesRead,
            @Schema(example = "81234567", description = "null for a TABLE import", nullable = true) Long bytesTotal,
            @Schema(description = "Why the table was rejected; null otherwise", nullable = true,
                    example = "TIME_BEFORE_LAUNCH") ImportProblem problemCode,
            @Schema(description = "The values the problem's wording needs, all strings (see ImportProblemCode); null "
                    + "when there is no problem", nullable = true, example = "{\"launchDate\": \"2027-09-01\"}")
            Map<String, String> problemParams,
            @Schema(description = "The line of the file the problem is on; null when none", nullable = true)
            Long problemLine,
            @Schema(description = "The column the problem is in; null when none", nullable = true) String problemColumn) {

        static TableView of(ExportImportTable t) {
            return new TableView(t.table, t.file, t.status, t.rowsRead, t.rowsChanged, t.bytesRead, t.bytesTotal,
                    t.problemCode, params(t.problemCode, t.problemParams), t.problemLine, t.problemColumn);
        }
    }

    static ImportView of(ExportImport r, List<ExportImportTable> entries) {
        if (r.source == ImportSource.TABLE) {
            // a one-table import is its own single entry
            TableView only = new TableView(r.table, r.table + ".csv", switch (r.status) {
                case RUNNING -> TableImportStatus.RUNNING;
                case COMPLETED -> TableImportStatus.COMPLETED;
                case REJECTED -> TableImportStatus.REJECTED;
                case FAILED -> TableImportStatus.NOT_KEPT;
            }, r.rowsRead, r.rowsChanged, null, null, r.problemCode, params(r.problemCode, r.problemParams), r.problemLine,
                    r.problemColumn);
            return new ImportView(r.id, r.moocId, r.table, r.source, false, r.status, r.rowsRead, r.rowsChanged,
                    r.status == ImportStatus.RUNNING ? null : 1.0, r.startedAt, r.finishedAt, r.importedBy, r.problemCode,
                    params(r.problemCode, r.problemParams), r.problemLine, r.problemColumn, List.of(only), List.of());
        }
        long read = entries.stream().mapToLong(t -> t.bytesRead).sum();
        long total = entries.stream().mapToLong(t -> t.bytesTotal).sum();
        double progress = r.status != ImportStatus.RUNNING ? 1.0 : total == 0 ? 0.0 : Math.min(1.0, (double) read / total);
        long rows = r.status == ImportStatus.COMPLETED ? r.rowsRead : entries.stream().mapToLong(t -> t.rowsRead).sum();
        List<String> ignored = r.ignoredFiles == null ? List.of() : Arrays.asList(r.ignoredFiles.split("\n"));
        return new ImportView(r.id, r.moocId, null, r.source, r.replacesData, r.status, rows, r.rowsChanged, progress, r.startedAt,
                r.finishedAt, r.importedBy, r.problemCode, params(r.problemCode, r.problemParams), r.problemLine,
                r.problemColumn,
                entries.stream().map(TableView::of).toList(), ignored);
    }

    /** A problem's parameters; an empty map for a code without any, null without a problem. */
    private static Map<String, String> params(ImportProblem code, Map<String, String> params) {
        return code == null ? null : params == null ? Map.of() : params;
    }
}
