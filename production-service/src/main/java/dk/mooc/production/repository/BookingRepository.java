package dk.mooc.production.repository;

import dk.mooc.platform.web.InList;
import dk.mooc.production.Booking;
import dk.mooc.production.Studio;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    private static final List<Booking.Status> ACTIVE = List.of(Booking.Status.REQUESTED, Booking.Status.CONFIRMED);

    /** Every booking of a MOOC, in time order. */
    public List<Booking> ofMooc(UUID moocId) {
        return list("moocId = ?1 order by startsAt, createdAt", moocId);
    }

    /** A MOOC's bookings that hold their slot (REQUESTED or CONFIRMED), in time order. */
    public List<Booking> activeOfMooc(UUID moocId) {
        return InList.of("from Booking where moocId = :mooc and status in :active order by startsAt, createdAt",
                Map.of("mooc", moocId, "active", ACTIVE)).list(Booking.class);
    }

    /** A studio's active bookings that overlap [from, to). */
    public List<Booking> activeOfStudio(Studio studio, OffsetDateTime from, OffsetDateTime to) {
        return InList.of("from Booking where studio = :studio and status in :active and startsAt < :to and endsAt > :from"
                + " order by startsAt", Map.of("studio", studio, "active", ACTIVE, "from", from, "to", to)).list(Booking.class);
    }

    /** Bookings waiting for their studio's confirmation, oldest request first; only one MOOC's when {@code moocId} is set. */
    public List<Booking> awaitingConfirmation(List<Studio> studios, UUID moocId) {
        if (moocId == null) {
            return InList.of("from Booking where status = :requested and studio in :studios order by createdAt, id",
                    Map.of("requested", Booking.Status.REQUESTED, "studios", studios)).list(Booking.class);
        }
        return InList.of("from Booking where status = :requested and studio in :studios and moocId = :mooc"
                + " order by createdAt, id", Map.of("requested", Booking.Status.REQUESTED, "studios", studios, "mooc", moocId))
                .list(Booking.class);
    }

    /** The total cost of a MOOC's bookings in the given states. */
    public int costOf(UUID moocId, List<Booking.Status> statuses) {
        Long sum = InList.of("select coalesce(sum(b.costDkk), 0) from Booking b where b.moocId = :mooc and b.status in :statuses",
                Map.of("mooc", moocId, "statuses", statuses)).query(Long.class).getSingleResult();
        return Math.toIntExact(sum);
    }
}
