package dk.mooc.production.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.mooc.production.ProposalSnapshot;

import java.util.List;
import java.util.UUID;

/** This service's trimmed view of mooc.proposal.submitted.v1 and resubmitted.v1 (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProposalSubmitted(UUID moocId, Integer proposalVersion, String title, String department,
                                ProposalSnapshot.Instructor instructor, boolean newContent, String courseCode,
                                String plannedLaunchSemester, Integer expectedEnrolments,
                                ProposalSnapshot.Resources resources, List<ProposalSnapshot.Member> team,
                                ProposalSnapshot.Consultant consultant) {

    public ProposalSnapshot.Facts facts() {
        return new ProposalSnapshot.Facts(title, department, instructor, newContent, courseCode, plannedLaunchSemester,
                expectedEnrolments, resources, team, consultant);
    }
}
