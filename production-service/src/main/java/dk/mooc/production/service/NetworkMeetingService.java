package dk.mooc.production.service;

import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.NetworkMeeting;
import dk.mooc.production.NetworkRegistration;
import dk.mooc.production.repository.NetworkMeetingRepository;
import dk.mooc.production.NetworkMeeting.Counts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Meetings of the "Online Teaching and MOOCs" network (docs/production.md, "Network meetings"). Consultants and
 * admins organise them; everyone who works on MOOCs signs up for themselves, up to the meeting's capacity.
 */
@ApplicationScoped
public class NetworkMeetingService {

    private static final Logger LOG = Logger.getLogger(NetworkMeetingService.class);

    @Inject
    NetworkMeetingRepository meetings;

    @Inject
    CurrentUser user;

    /** Organisers plan meetings, see who signed up and record attendance. */
    public boolean isOrganiser() {
        return user.hasRole(Roles.CONSULTANT) || user.isAdmin();
    }

    /** Meetings not over yet, soonest first; or (past) those that are over, latest first. */
    public List<NetworkMeeting> list(boolean past) {
        OffsetDateTime now = Timestamps.now();
        return past ? meetings.past(now) : meetings.upcoming(now);
    }

    public NetworkMeeting get(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Network meeting", id));
    }

    public Map<UUID, Counts> counts(Collection<UUID> ids) {
        return meetings.counts(ids);
    }

    /** The meetings among {@code ids} that the caller is registered for. */
    public Set<UUID> mine(Collection<UUID> ids) {
        return meetings.registeredFor(user.username(), ids);
    }

    @Transactional
    public NetworkMeeting plan(String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
                               String description, int capacity) {
        requireOrganiser();
        OffsetDateTime now = Timestamps.now();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!startsAt.isAfter(now)) {
            errors.add(new Problem.FieldError("startsAt", "must be in the future"));
        }
        if (!endsAt.isAfter(startsAt)) {
            errors.add(new Problem.FieldError("endsAt", "must be after startsAt"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        NetworkMeeting m = new NetworkMeeting();
        m.id = UUID.randomUUID();
        m.title = title.strip();
        m.startsAt = startsAt;
        m.endsAt = endsAt;
        m.location = blankToNull(location);
        m.description = blankToNull(description);
        m.capacity = capacity;
        m.createdBy = user.displayName();
        m.createdAt = now;
        meetings.persist(m);
        LOG.infof("Network meeting %s planned for %s by %s", m.id, m.startsAt, user.username());
        return m;
    }

    /**
     * Signs the caller up. The meeting's row is locked while the places are counted, so concurrent sign-ups queue up and
     * the last place goes to exactly one of them. Signing up again changes nothing; returns whether a place was taken.
     */
    @Transactional
    public boolean register(UUID id) {
        NetworkMeeting m = meetings.findLocked(id).orElseThrow(() -> ProblemException.notFound("Network meeting", id));
        OffsetDateTime now = Timestamps.now();
        m.requireNotStarted(now, "signing up");
        if (meetings.registration(m.id, user.username()).isPresent()) {
            return false;
        }
        m.requirePlaceFor(meetings.registeredCount(m.id));
        NetworkRegistration r = new NetworkRegistration();
        r.id = UUID.randomUUID();
        r.meetingId = m.id;
        r.username = user.username();
        r.name = user.displayName();
        r.email = user.email();
        r.registeredAt = now;
        r.persist();
        LOG.infof("%s signed up for network meeting %s", user.username(), m.id);
        return true;
    }

    /** The caller gives up their place before the meeting starts. */
    @Transactional
    public void withdraw(UUID id) {
        NetworkMeeting m = meetings.findLocked(id).orElseThrow(() -> ProblemException.notFound("Network meeting", id));
        m.requireNotStarted(Timestamps.now(), "withdrawing");
        NetworkRegistration r = meetings.registration(m.id, user.username())
                .orElseThrow(() -> ProblemException.notFound("Your registration for network meeting", id));
        r.delete();
        LOG.infof("%s withdrew from network meeting %s", user.username(), m.id);
    }

    public List<NetworkRegistration> registrations(UUID id) {
        requireOrganiser();
        return meetings.registrations(get(id).id);
    }

    /**
     * Records who attended, once the meeting has started: the listed user names attended, every other registered
     * person did not. Only registered people can be marked attended.
     */
    @Transactional
    public List<NetworkRegistration> recordAttendance(UUID id, List<String> attended) {
        requireOrganiser();
        NetworkMeeting m = meetings.findLocked(id).orElseThrow(() -> ProblemException.notFound("Network meeting", id));
        m.requireStarted(Timestamps.now());
        List<NetworkRegistration> registered = meetings.registrations(m.id);
        Set<String> usernames = registered.stream().map(r -> r.username).collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attended.size(); i++) {
            if (!usernames.contains(attended.get(i))) {
                errors.add(new Problem.FieldError("attended[" + i + "]", "is not registered for this meeting",
                        attended.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Only registered people can be marked attended: "
                    + errors.stream().map(e -> String.valueOf(e.rejectedValue())).collect(Collectors.joining(", ")), errors);
        }
        Set<String> present = new HashSet<>(attended);
        registered.forEach(r -> r.attended = present.contains(r.username));
        LOG.infof("Attendance of network meeting %s recorded by %s: %d of %d", m.id, user.username(), present.size(),
                registered.size());
        return registered;
    }

    private void requireOrganiser() {
        if (!isOrganiser()) {
            throw ProblemException.forbidden("Only the LearningLab's consultants and admins organise network meetings");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
