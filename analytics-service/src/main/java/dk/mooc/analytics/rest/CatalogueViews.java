package dk.mooc.analytics.rest;

import dk.mooc.analytics.CatalogueSource;
import dk.mooc.analytics.CatalogueSync;
import dk.mooc.analytics.CatalogueSyncOutcome;
import dk.mooc.analytics.ProposalText;
import dk.mooc.analytics.SimilarCourse;
import dk.mooc.analytics.SimilaritySnapshot;
import dk.mooc.analytics.service.CatalogueService;
import dk.mooc.platform.web.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the catalogue's endpoints read and answer. */
final class CatalogueViews {

    private CatalogueViews() {
    }

    @Schema(name = "CatalogueStatus", description = "The Coursera catalogue the similarity evidence is drawn from: its "
            + "size, its last successful sync and whether that is too old")
    record StatusView(
            @Schema(description = "Courses in the catalogue now", example = "9874") long courses,
            @Schema(description = "Whether the scheduled sync from Coursera's API is configured (mooc.catalogue.api-url);"
                    + " without it the catalogue comes from imported files", example = "true") boolean apiConfigured,
            @Schema(description = "True when there has been no successful sync, or the last one finished more than "
                    + "staleAfterDays days ago", example = "false") boolean stale,
            @Schema(description = "After how many days without a successful sync the catalogue is stale",
                    example = "14") long staleAfterDays,
            @Schema(description = "The last successful sync or import; null when there has been none", nullable = true)
            SyncView lastSuccessfulSync,
            @Schema(description = "The latest sync or import whatever its outcome (a failed one shows why); null when "
                    + "there has been none", nullable = true) SyncView lastSync) {

        static StatusView of(CatalogueService.Status s, long staleAfterDays) {
            return new StatusView(s.courses(), s.apiConfigured(), s.stale(), staleAfterDays, SyncView.of(s.lastSucceeded()),
                    SyncView.of(s.lastSync()));
        }
    }

    @Schema(name = "CatalogueSync", description = "One refresh of the catalogue: the scheduled sync from Coursera's API "
            + "or a file the LearningLab imported")
    record SyncView(
            @Schema(description = "The sync's id", example = "5d0c2b8e-9a4f-4c3e-8b1a-2f3e4d5c6b7a") UUID id,
            @Schema(description = "API: Coursera's catalogue API; FILE: an imported file", example = "API")
            CatalogueSource source,
            @Schema(description = "RUNNING, SUCCEEDED or FAILED", example = "SUCCEEDED") CatalogueSyncOutcome outcome,
            @Schema(description = "When it started", example = "2028-03-01T02:00:00Z") OffsetDateTime startedAt,
            @Schema(description = "When it ended; null while RUNNING", example = "2028-03-01T02:01:05Z", nullable = true)
            OffsetDateTime finishedAt,
            @Schema(description = "Courses read and stored (0 when it failed)", example = "9874") int courses,
            @Schema(description = "Why it failed, as a stable code: catalogue.api.unreachable, catalogue.api.refused, "
                    + "catalogue.api.timed-out, catalogue.api.invalid-response, catalogue.file.rejected; null unless "
                    + "FAILED", example = "catalogue.api.unreachable", nullable = true) String errorCode,
            @Schema(description = "User name of whoever imported the file; null for the scheduled sync",
                    example = "carla", nullable = true) String startedBy) {

        static SyncView of(CatalogueSync s) {
            return s == null ? null : new SyncView(s.id, s.source, s.outcome, s.startedAt, s.finishedAt, s.courses,
                    s.errorCode, s.startedBy);
        }
    }

    @Schema(name = "SimilarityRequest", description = "The proposal text to compare with the catalogue; at least one of "
            + "title, topic and summary")
    record SimilarityRequest(
            @Schema(description = "The proposed MOOC's title", example = "Machine Learning in Practice")
            @Size(max = 200) @SingleLine String title,
            @Schema(description = "Its field or topic", example = "Machine learning") @Size(max = 200) @SingleLine String topic,
            @Schema(description = "Its summary", example = "From data to deployed models, with the pitfalls.")
            @Size(max = 5000) String summary,
            @Schema(description = "Who it is for", example = "Engineering students and practising engineers worldwide")
            @Size(max = 5000) String targetLearners,
            @Schema(description = "Why it is unique in the Coursera catalogue", example = "Built on industry projects")
            @Size(max = 5000) String uniqueness,
            @Schema(description = "How many courses to list (default 5)", example = "5", nullable = true)
            @Min(1) @Max(20) Integer limit) {

        ProposalText text() {
            return new ProposalText(title, topic, summary, targetLearners, uniqueness);
        }
    }

    @Schema(name = "SimilarCourse", description = "A Coursera course that resembles the proposal, and why")
    record SimilarCourseView(
            @Schema(description = "Coursera's id of the course", example = "Gtv4Xb1-EeS-ViIACwYKVQ") String courseraId,
            @Schema(description = "Coursera's slug (the last part of its address)", example = "machine-learning")
            String slug,
            @Schema(description = "The course's name on Coursera", example = "Machine Learning") String name,
            @Schema(description = "The partners (universities, companies) that offer it", example = "[\"Stanford University\"]")
            List<String> partners,
            @Schema(description = "Its primary languages (codes as Coursera gives them)", example = "[\"en\"]")
            List<String> languages,
            @Schema(description = "Coursera's domain/subdomain of the course",
                    example = "[\"data-science/machine-learning\"]") List<String> domainTypes,
            @Schema(description = "The course's page on Coursera", example = "https://www.coursera.org/learn/machine-learning")
            String link,
            @Schema(description = "True when the university itself offers it (mooc.catalogue.own-partner)",
                    example = "false") boolean ownUniversity,
            @Schema(description = "Why it matched: the proposal's words (title and topic words first) found in the "
                    + "course's name or description", example = "[\"learning\", \"machine\", \"models\"]")
            List<String> matchedTerms,
            @Schema(description = "How closely the course's name resembles the proposal's title or topic, by trigrams, "
                    + "0 to 1 (finds spelling variants full text misses)", example = "0.8421") double nameSimilarity,
            @Schema(description = "Which the name resembles (TITLE or TOPIC); null when the similarity is below 0.3",
                    example = "TOPIC", nullable = true) String nameResembles,
            @Schema(description = "The full-text rank of the proposal's words in the course, 0 to 1", example = "0.3127")
            double textRank,
            @Schema(description = "The combined score the list is ordered by, 0 to 1 (docs/catalogue.md)",
                    example = "0.4388") double score) {

        static SimilarCourseView of(SimilarCourse c) {
            return new SimilarCourseView(c.courseraId(), c.slug(), c.name(), c.partners(), c.languages(), c.domainTypes(),
                    c.link(), c.ownUniversity(), c.matchedTerms(), c.nameSimilarity(), c.nameResembles(), c.textRank(),
                    c.score());
        }
    }

    @Schema(name = "SimilarCourses", description = "The catalogue courses most like the proposal, best first")
    record SimilarCoursesView(
            @Schema(description = "Courses in the catalogue that was searched", example = "9874") long catalogueCourses,
            @Schema(description = "True when the catalogue is stale (see GET /catalogue)", example = "false") boolean stale,
            @Schema(description = "The similar courses, best first; empty when none is similar enough")
            List<SimilarCourseView> courses) {
    }

    @Schema(name = "SimilaritySnapshot", description = "The similar courses of one submitted version of a proposal, "
            + "frozen when it was submitted: what the committee saw")
    record SnapshotView(
            @Schema(description = "The snapshot's id", example = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d") UUID id,
            @Schema(description = "The MOOC's id", example = ApiDocs.MOOC_ID_EXAMPLE) UUID moocId,
            @Schema(description = "The submitted version of the proposal", example = "2") int proposalVersion,
            @Schema(description = "SHA-256 of the compared text (title, topic, summary, target learners, uniqueness)",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash,
            @Schema(description = "When the version was submitted", example = "2028-03-02T10:15:30Z", nullable = true)
            OffsetDateTime submittedAt,
            @Schema(description = "When the snapshot was taken", example = "2028-03-02T10:15:31Z") OffsetDateTime computedAt,
            @Schema(description = "When the catalogue it was compared with was last synced; null when it never was",
                    example = "2028-03-01T02:01:05Z", nullable = true) OffsetDateTime catalogueSyncedAt,
            @Schema(description = "Courses in the catalogue at the time", example = "9874") int catalogueCourses,
            @Schema(description = "True when the catalogue was stale when the snapshot was taken: never synced, or "
                    + "its last sync had finished more than staleAfterDays days before", example = "false")
            boolean catalogueStale,
            @Schema(description = "After how many days without a successful sync the catalogue is stale, as "
                    + "getCatalogue answers it", example = "14") long staleAfterDays,
            @Schema(description = "The proposal's text that was compared") ProposalTextView proposal,
            @Schema(description = "The similar courses found, best first") List<SimilarCourseView> matches) {

        /**
         * The snapshot judged by today's staleness setting: a page that shows the frozen evidence needs no read of the
         * catalogue's status to say whether the evidence came from a stale catalogue.
         */
        static SnapshotView of(SimilaritySnapshot s, Duration staleAfter) {
            ProposalText p = s.proposal();
            boolean stale = s.catalogueSyncedAt() == null
                    || Duration.between(s.catalogueSyncedAt(), s.computedAt()).compareTo(staleAfter) > 0;
            return new SnapshotView(s.id(), s.moocId(), s.proposalVersion(), s.contentHash(), s.submittedAt(),
                    s.computedAt(), s.catalogueSyncedAt(), s.catalogueCourses(), stale, staleAfter.toDays(),
                    new ProposalTextView(p.title(), p.topic(), p.summary(), p.targetLearners(), p.uniqueness()),
                    s.matches().stream().map(SimilarCourseView::of).toList());
        }
    }

    @Schema(name = "SimilarityProposalText", description = "The proposal's text a snapshot compared")
    record ProposalTextView(
            @Schema(description = "Title", example = "Machine Learning in Practice") String title,
            @Schema(description = "Topic", example = "Machine learning") String topic,
            @Schema(description = "Summary", example = "From data to deployed models, with the pitfalls.") String summary,
            @Schema(description = "Target learners", example = "Engineering students") String targetLearners,
            @Schema(description = "Uniqueness", example = "Built on industry projects") String uniqueness) {
    }
}
