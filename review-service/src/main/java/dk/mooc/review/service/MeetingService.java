package dk.mooc.review.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.Meeting;
import dk.mooc.review.ReviewCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Committee meetings and their agendas (docs/review.md, "Meetings"). Only the chair plans them. */
@ApplicationScoped
public class MeetingService {

    private static final Logger LOG = Logger.getLogger(MeetingService.class);

    @Inject
    ReviewAccess access;

    @Inject
    ReviewCaseService cases;

    public List<Meeting> list(boolean past) {
        OffsetDateTime now = Timestamps.now();
        return past ? Meeting.list("startsAt < ?1 order by startsAt desc", now)
                : Meeting.list("startsAt >= ?1 order by startsAt", now);
    }

    public Meeting get(UUID id) {
        Meeting m = Meeting.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Meeting", id);
        }
        return m;
    }

    public List<ReviewCase> casesOf(Meeting m) {
        // agenda order is by title as people read it: case-insensitive, whatever the database's collation
        return ReviewCase.list("meetingId = ?1 order by lower(proposalTitle), proposalTitle, id", m.id);
    }

    public long caseCount(Meeting m) {
        return ReviewCase.count("meetingId", m.id);
    }

    @Transactional
    public Meeting plan(String title, OffsetDateTime startsAt, String location) {
        requireChair();
        if (!startsAt.isAfter(Timestamps.now())) {
            throw ProblemException.invalid("startsAt", "must be in the future");
        }
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.title = title.strip();
        m.startsAt = startsAt;
        m.location = location == null || location.isBlank() ? null : location.strip();
        m.createdBy = access.username();
        m.createdAt = Timestamps.now();
        m.persist();
        LOG.infof("Meeting %s planned for %s by %s", m.id, m.startsAt, m.createdBy);
        return m;
    }

    @Transactional
    public Meeting addCase(UUID meetingId, UUID caseId) {
        requireChair();
        Meeting m = get(meetingId);
        ReviewCase c = cases.get(caseId);
        c.requireOpen("it can be put on a meeting's agenda");
        if (c.meetingId != null && !c.meetingId.equals(m.id)) {
            throw ProblemException.illegalTransition("The case is already on the agenda of another meeting; take it off "
                    + "that one first");
        }
        c.meetingId = m.id;
        return m;
    }

    @Transactional
    public Meeting removeCase(UUID meetingId, UUID caseId) {
        requireChair();
        Meeting m = get(meetingId);
        ReviewCase c = cases.get(caseId);
        if (!m.id.equals(c.meetingId)) {
            throw ProblemException.notFound("Case on the agenda of meeting " + m.id + ":", caseId);
        }
        c.meetingId = null;
        return m;
    }

    public boolean canEdit() {
        return access.isChair();
    }

    private void requireChair() {
        if (!access.isChair()) {
            throw ProblemException.forbidden("Only the committee's chair plans meetings and their agendas");
        }
    }
}
