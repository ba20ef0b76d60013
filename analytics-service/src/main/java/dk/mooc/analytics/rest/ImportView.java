package dk.mooc.analytics.rest;

import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.ImportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "ExportImport", description = "One import of one table of a Coursera export")
public record ImportView(
        @Schema(example = "0b6f0f4e-4a8e-4c1e-9d52-7c1f3e2a9b10") UUID id,
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(example = "course_progress") String table,
        @Schema(example = "COMPLETED") ImportStatus status,
        @Schema(example = "993412", description = "Rows read so far (the header not counted); grows while RUNNING")
        long rowsRead,
        @Schema(example = "993412", description = "Rows inserted or changed; 0 when the same export is imported again")
        Long rowsChanged,
        @Schema(example = "2028-07-03T09:00:00Z") OffsetDateTime startedAt,
        @Schema(example = "2028-07-03T09:01:12Z") OffsetDateTime finishedAt,
        @Schema(example = "carla") String importedBy,
        @Schema(example = "null", description = "Why a REJECTED or FAILED import was refused") String problem,
        @Schema(example = "null") Long problemLine,
        @Schema(example = "null") String problemColumn) {

    static ImportView of(ExportImport r) {
        return new ImportView(r.id, r.moocId, r.table, r.status, r.rowsRead, r.rowsChanged, r.startedAt, r.finishedAt,
                r.importedBy, r.problem, r.problemLine, r.problemColumn);
    }
}
