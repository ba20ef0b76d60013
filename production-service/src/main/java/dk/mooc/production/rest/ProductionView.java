package dk.mooc.production.rest;

import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Production")
public record ProductionView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(example = "Quantum Computing for Engineers") String title,
        @Schema(example = "Compute") String department,
        @Schema(example = "Ida Instructor") String instructorName,
        @Schema(example = "PLANNING") ProductionStatus status,
        OffsetDateTime startedAt) {

    static ProductionView of(Production p) {
        return new ProductionView(p.moocId, p.title, p.department, p.instructorName, p.status, p.startedAt);
    }
}
