package dk.mooc.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller asked of a proposal list: free-text search, filters and ordering. */
public record ProposalFilter(String query, ProposalStatus status, String department, String semester, SortKey sort,
                             boolean ascending, ConsultantView consultant) {

    /** The consultant's views of the list: the LearningLab queue (unassigned) or their own consultations. */
    public enum ConsultantView { UNASSIGNED, ME }

    /** Sort keys a list may be ordered by; STATUS follows the workflow (DRAFT first, WITHDRAWN last ascending). */
    @Schema(name = "ProposalSortKey", description = "UPDATED (last change), TITLE, LAUNCH (planned semester) or STATUS "
            + "(workflow order)")
    public enum SortKey {
        UPDATED("updatedAt"), TITLE("title"), LAUNCH("plannedLaunchSemester"), STATUS("statusRank");

        private final String property;

        SortKey(String property) {
            this.property = property;
        }

        public String property() {
            return property;
        }
    }
}
