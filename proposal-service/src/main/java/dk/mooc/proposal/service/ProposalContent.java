package dk.mooc.proposal.service;

/** What an instructor writes in the application (grows with the full workflow). */
public record ProposalContent(
        String title,
        String summary,
        boolean newContent,
        String courseCode,
        String plannedLaunchSemester,
        Integer expectedEnrolments) {
}
