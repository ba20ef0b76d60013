package dk.mooc.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What an instructor writes in the application. While drafting, everything but the title and the
 * planned launch may still be missing; the workflow asks for the rest before the endorsements.
 */
@Schema(name = "ProposalContent", description = "The application as the instructor wrote it, in one version")
public record ProposalContent(
        @Schema(description = "The MOOC's title", example = "Quantum Computing for Engineers") String title,
        @Schema(description = "Field or topic", example = "Quantum computing") String topic,
        @Schema(description = "What the MOOC is about; may be null while drafting",
                example = "A hands-on introduction to quantum algorithms for engineering students worldwide.") String summary,
        @Schema(description = "Who it is for; may be null while drafting",
                example = "Engineering students and professionals with linear algebra") String targetLearners,
        @Schema(description = "Impact potential") String impactPotential,
        @Schema(description = "Learners expected to enrol in the first year", example = "5000") Integer expectedEnrolments,
        @Schema(description = "Why the topic is unique in the Coursera catalogue") String uniqueness,
        @Schema(description = "The research environment the topic is anchored in") String researchEnvironment,
        @Schema(description = "The teacher's pedagogical and research background") String teacherBackground,
        @Schema(description = "true for new content; false when the MOOC builds on an existing course", example = "true")
        boolean newContent,
        @Schema(description = "The existing course it builds on", example = "02180") String courseCode,
        @Schema(description = "Overall planning: phases and timeline") String phases,
        @Schema(description = "The semester it is planned to launch in, YYYY-spring or YYYY-autumn", example = "2027-autumn")
        String plannedLaunchSemester,
        @Schema(description = "The team as the instructor listed it") List<TeamMember> team,
        @Schema(description = "What the department allocates") Resources resources) {

    /** What the department allocates for production and for running the MOOC. */
    @Schema(name = "ProposalResources", description = "What the department allocates for production and running")
    public record Resources(
            @Schema(description = "Staff hours for production and running", example = "400") Integer staffHours,
            @Schema(description = "Number of assistants", example = "2") Integer assistants,
            @Schema(description = "Video budget in DKK", example = "35000") Integer videoBudgetDkk) {
        public static final Resources NONE = new Resources(null, null, null);
    }

    /** A minimal draft: used by tests and by callers that only know the essentials. */
    public static ProposalContent essentials(String title, String summary, boolean newContent, String courseCode,
                                             String plannedLaunchSemester, Integer expectedEnrolments) {
        return new ProposalContent(title, null, summary, null, null, expectedEnrolments, null, null, null, newContent,
                courseCode, null, plannedLaunchSemester, List.of(), Resources.NONE);
    }
}
