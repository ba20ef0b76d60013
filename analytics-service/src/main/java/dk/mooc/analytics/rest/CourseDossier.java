package dk.mooc.analytics.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A launched course with the parts that have resources of their own (GET /courses/{moocId}/dossier): the course's page
 * reads them in one request instead of one per part (and one per semester's KPIs). Each part is exactly what its own
 * resource answers the same caller; a part the caller may not read (the learner data) is null, never filled.
 */
@Schema(name = "CourseDossier", description = "A launched course with its imports, stored rows, learner data, semesters, "
        + "the KPIs of its latest semesters and its evaluations, each as its own operation answers it")
public record CourseDossier(
        @Schema(description = "As getCourse answers it", required = true) CourseView course,
        @Schema(description = "As listExportImports answers its first page of " + CourseDossier.IMPORTS
                + " (the newest imports)", required = true)
        ExportResource.ImportPage imports,
        @Schema(description = "As listExportTableRows answers it: one entry per table", required = true)
        List<ExportResource.TableRows> exports,
        @Schema(description = "As getLearnerData answers it; null for a caller who may not read it (only the course's "
                + "instructor, a consultant and an admin may)", required = true, nullable = true)
        LearnerDataView learnerData,
        @Schema(description = "As listKpiSemesters answers it: the semesters with KPIs, newest first", required = true,
                type = SchemaType.ARRAY, implementation = KpiResource.SemesterName.class)
        List<String> semesters,
        @Schema(description = "As getSemesterKpis answers it (10 countries before OTHER) for each of the newest "
                + CourseDossier.KPI_SEMESTERS + " of the semesters, newest first; empty while no semester has data",
                required = true)
        List<KpiView> kpis,
        @Schema(description = "As listCourseEvaluations answers it, newest semester first", required = true)
        List<EvaluationView> evaluations) {

    /** The imports the dossier holds: the first page of listExportImports at its default size. */
    static final int IMPORTS = 20;

    /**
     * The semesters whose KPIs the dossier holds, the newest: as many as the course's page shows in its trend (the
     * SPA's TREND_SEMESTERS), the semester it opens on among them.
     */
    static final int KPI_SEMESTERS = 8;
}
