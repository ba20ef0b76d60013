package dk.mooc.proposal;

import java.util.List;

/**
 * What an instructor writes in the application. While drafting, everything but the title and the
 * planned launch may still be missing; the workflow asks for the rest before the endorsements.
 */
public record ProposalContent(
        String title,
        String topic,
        String summary,
        String targetLearners,
        String impactPotential,
        Integer expectedEnrolments,
        String uniqueness,
        String researchEnvironment,
        String teacherBackground,
        boolean newContent,
        String courseCode,
        String phases,
        String plannedLaunchSemester,
        List<TeamMember> team,
        Resources resources) {

    /** What the department allocates for production and for running the MOOC. */
    public record Resources(Integer staffHours, Integer assistants, Integer videoBudgetDkk) {
        public static final Resources NONE = new Resources(null, null, null);
    }

    /** A minimal draft: used by tests and by callers that only know the essentials. */
    public static ProposalContent essentials(String title, String summary, boolean newContent, String courseCode,
                                             String plannedLaunchSemester, Integer expectedEnrolments) {
        return new ProposalContent(title, null, summary, null, null, expectedEnrolments, null, null, null, newContent,
                courseCode, null, plannedLaunchSemester, List.of(), Resources.NONE);
    }
}
