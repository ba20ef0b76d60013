package dk.mooc.production.repository;

import dk.mooc.platform.web.InList;
import dk.mooc.production.NetworkMeeting;
import dk.mooc.production.NetworkMeeting.Counts;
import dk.mooc.production.NetworkRegistration;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class NetworkMeetingRepository implements PanacheRepositoryBase<NetworkMeeting, UUID> {

    /** Meetings not over yet (soonest first), or those that are over (latest first). */
    public List<NetworkMeeting> upcoming(OffsetDateTime now) {
        return list("endsAt > ?1 order by startsAt, id", now);
    }

    public List<NetworkMeeting> past(OffsetDateTime now) {
        return list("endsAt <= ?1 order by startsAt desc, id", now);
    }

    /** The meeting, its row locked until the transaction ends: sign-ups to one meeting queue up behind each other. */
    public Optional<NetworkMeeting> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public long registeredCount(UUID meetingId) {
        return NetworkRegistration.count("meetingId", meetingId);
    }

    public Optional<NetworkRegistration> registration(UUID meetingId, String username) {
        return NetworkRegistration.find("meetingId = ?1 and username = ?2", meetingId, username).firstResultOptional();
    }

    public List<NetworkRegistration> registrations(UUID meetingId) {
        return NetworkRegistration.list("meetingId = ?1 order by registeredAt, username", meetingId);
    }

    public Map<UUID, Counts> counts(Collection<UUID> meetingIds) {
        Map<UUID, Counts> counts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = InList.of("select r.meetingId, count(r), "
                        + "sum(case when r.attended = true then 1 else 0 end) from NetworkRegistration r "
                        + "where r.meetingId in :ids group by r.meetingId", Map.of("ids", meetingIds))
                .list(Object[].class);
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new Counts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    public Counts countsOf(UUID meetingId) {
        return counts(List.of(meetingId)).getOrDefault(meetingId, new Counts(0, 0));
    }

    /** The meetings among {@code meetingIds} that {@code username} is registered for. */
    public Set<UUID> registeredFor(String username, Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(InList.of("select r.meetingId from NetworkRegistration r "
                        + "where r.username = :username and r.meetingId in :ids", Map.of("username", username, "ids", meetingIds))
                .list(UUID.class));
    }
}
