package dk.mooc.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a timeline entry says happened, one per portfolio event type; the reader's language words it. */
@Schema(name = "TimelineEventCode", description = "What happened, with its parameters (all strings): PROPOSAL_DRAFTED "
        + "{instructor}; PROPOSAL_SUBMITTED {version}; PROPOSAL_RESUBMITTED {version, changedFields (field names joined "
        + "by \", \")}; PROPOSAL_WITHDRAWN {reason, when given}; REVIEW_OPENED {round}; REVIEW_DECIDED {decision "
        + "(APPROVED, REJECTED or REVISION_REQUESTED), round}; COURSE_LAUNCHED {launchDate, courseUrl}; COURSE_RETIRED "
        + "{semester}; MILESTONE_OVERDUE {milestone (its key), milestoneName, dueDate, daysOverdue}; SEMESTER_REVIEWED "
        + "{semester, outcome (CONTINUE, REVISE or RETIRE)}. A parameter the event did not carry is absent")
public enum TimelineCode {
    PROPOSAL_DRAFTED, PROPOSAL_SUBMITTED, PROPOSAL_RESUBMITTED, PROPOSAL_WITHDRAWN, REVIEW_OPENED, REVIEW_DECIDED,
    COURSE_LAUNCHED, COURSE_RETIRED, MILESTONE_OVERDUE, SEMESTER_REVIEWED
}
