package dk.mooc.production.repository;

import dk.mooc.production.Booking;
import dk.mooc.production.Studio;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
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
        return list("moocId = ?1 and status in ?2 order by startsAt, createdAt", moocId, ACTIVE);
    }

    /** A studio's active bookings that overlap [from, to). */
    public List<Booking> activeOfStudio(Studio studio, OffsetDateTime from, OffsetDateTime to) {
        return list("studio = ?1 and status in ?2 and startsAt < ?4 and endsAt > ?3 order by startsAt",
                studio, ACTIVE, from, to);
    }

    /** Bookings waiting for their studio's confirmation, oldest request first; only one MOOC's when {@code moocId} is set. */
    public List<Booking> awaitingConfirmation(List<Studio> studios, UUID moocId) {
        if (moocId == null) {
            return list("status = ?1 and studio in ?2 order by createdAt, id", Booking.Status.REQUESTED, studios);
        }
        return list("status = ?1 and studio in ?2 and moocId = ?3 order by createdAt, id", Booking.Status.REQUESTED,
                studios, moocId);
    }

    /** The total cost of a MOOC's bookings in the given states. */
    public int costOf(UUID moocId, List<Booking.Status> statuses) {
        Long sum = getEntityManager().createQuery(
                        "select coalesce(sum(b.costDkk), 0) from Booking b where b.moocId = ?1 and b.status in ?2", Long.class)
                .setParameter(1, moocId).setParameter(2, statuses).getSingleResult();
        return Math.toIntExact(sum);
    }
}
