package dk.mooc.production.service;

import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.InList;
import dk.mooc.platform.web.StrictJson;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Booking;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.Studio;
import dk.mooc.production.VideoCosts;
import dk.mooc.production.VideoPlan;
import dk.mooc.production.config.RoutingConfig;
import dk.mooc.production.repository.BookingRepository;
import dk.mooc.production.repository.ProductionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Video production (docs/production.md, "Video production"): studio bookings, the MediaLab's confirmation, and the
 * MOOC's video costs against its budget. Reading follows the production's visibility ({@link ProductionService#get});
 * booking and planning video for a MOOC is for a consultant or the MOOC's own instructor.
 */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);
    private static final List<Booking.Status> BOOKED = List.of(Booking.Status.REQUESTED, Booking.Status.CONFIRMED);
    private static final List<Booking.Status> CONFIRMED = List.of(Booking.Status.CONFIRMED);
    /** PostgreSQL's SQLSTATE for a violated exclusion constraint. */
    private static final String EXCLUSION_VIOLATION = "23P01";
    /** The longest studio calendar one request returns. */
    static final int MAX_CALENDAR_DAYS = 92;
    private static final BigDecimal HALF_HOUR = new BigDecimal("0.5");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** What the caller may do with a booking now; the SPA shows only these actions. */
    @Schema(name = "BookingPermission", description = "What the caller may do with the booking now")
    public enum Permission { CANCEL, CONFIRM, DECLINE }

    /** A new booking with the MOOC's budget warning once it is counted. */
    public record Booked(Booking booking, Production production, VideoCosts.Warning budgetWarning) {
    }

    @Inject
    ProductionService productions;

    @Inject
    ProductionRepository productionRepository;

    @Inject
    BookingRepository bookings;

    @Inject
    CurrentUser user;

    @Inject
    Mailbox mailbox;

    @Inject
    RoutingConfig routing;

    @Inject
    ProductionAccess access;

    // --- who may do what ------------------------------------------------------------------------------------------

    /** Book studios and plan video hours for this MOOC: a consultant, or the MOOC's own instructor. */
    public boolean mayBook(Production p) {
        return access.runs(p);
    }

    private void requireMayBook(Production p) {
        if (!mayBook(p)) {
            throw ProblemException.forbidden("Only the MOOC's instructor and the LearningLab's consultants book studios "
                    + "and plan video for it");
        }
    }

    public Set<Permission> permissions(Booking b, Production p) {
        Set<Permission> can = EnumSet.noneOf(Permission.class);
        OffsetDateTime now = Timestamps.now();
        boolean upcoming = b.startsAt.isAfter(now);
        if (b.status.active() && upcoming && (mayBook(p) || user.hasRole(Roles.MEDIALAB))) {
            can.add(Permission.CANCEL);
        }
        if (b.status == Booking.Status.REQUESTED && user.hasRole(Roles.MEDIALAB)) {
            if (upcoming) {
                can.add(Permission.CONFIRM);
            }
            can.add(Permission.DECLINE);
        }
        return can;
    }

    // --- reading --------------------------------------------------------------------------------------------------

    /** The production, if the caller may read it (404 otherwise). */
    public Production production(UUID moocId) {
        return productions.get(moocId);
    }

    public List<Booking> ofMooc(Production p) {
        return bookings.ofMooc(p.moocId);
    }

    public List<Booking> activeOfMooc(Production p) {
        return bookings.activeOfMooc(p.moocId);
    }

    /** A booking whose MOOC the caller may read; 404 for any other, so that its existence does not leak. */
    public Booking get(UUID id) {
        Booking b = bookings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Booking", id));
        visible(b.moocId).orElseThrow(() -> ProblemException.notFound("Booking", id));
        return b;
    }

    /**
     * A studio's active bookings from the first to the last day given (Copenhagen days; both included). Defaults to
     * today and the 30 days after it.
     */
    public List<Booking> calendar(Studio studio, String from, String to) {
        LocalDate first = date("from", from, Timestamps.today(Studio.ZONE));
        LocalDate last = date("to", to, first.plusDays(30));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (last.isBefore(first)) {
            errors.add(new Problem.FieldError("to", "must not be before from"));
        } else if (last.toEpochDay() - first.toEpochDay() + 1 > MAX_CALENDAR_DAYS) {
            errors.add(new Problem.FieldError("to", "the calendar covers at most " + MAX_CALENDAR_DAYS + " days at a time"));
        }
        invalidIf(errors);
        return bookings.activeOfStudio(studio, first.atStartOfDay(Studio.ZONE).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(Studio.ZONE).toOffsetDateTime());
    }

    /** The MOOCs the caller may read among {@code moocIds}, by id; the others stay anonymous in a studio's calendar. */
    public Map<UUID, Production> visibleProductions(Collection<UUID> moocIds) {
        Map<UUID, Production> visible = new HashMap<>();
        moocIds.stream().distinct().forEach(id -> visible(id).ifPresent(p -> visible.put(id, p)));
        return visible;
    }

    /** The MediaLab's queue: requests awaiting confirmation, oldest first; only one MOOC's when {@code moocId} is set. */
    public List<Booking> queue(UUID moocId) {
        return bookings.awaitingConfirmation(List.of(Studio.values()).stream().filter(Studio::needsConfirmation).toList(),
                moocId);
    }

    /** The productions of the given MOOCs by id, for callers who see every production (the MediaLab). */
    public Map<UUID, Production> productionsOf(Collection<UUID> moocIds) {
        Map<UUID, Production> byId = new HashMap<>();
        if (!moocIds.isEmpty()) {
            InList.of("from Production where moocId in :ids", Map.of("ids", moocIds.stream().distinct().toList()))
                    .list(Production.class).forEach(p -> byId.put(p.moocId, p));
        }
        return byId;
    }

    public VideoCosts costs(UUID moocId) {
        return costsOf(productions.get(moocId));
    }

    // --- booking --------------------------------------------------------------------------------------------------

    /**
     * Books a studio for a MOOC. The slot is checked here; the database's exclusion constraint then decides between
     * overlapping requests, so of two simultaneous requests for one slot exactly one is stored and the other is 409.
     * A MediaLab booking that would take the booked cost above the budget is refused unless {@code overBudget}.
     */
    @Transactional
    public Booked book(UUID moocId, Studio studio, OffsetDateTime start, OffsetDateTime end, String note, boolean overBudget) {
        Production p = productions.get(moocId);
        requireMayBook(p);
        if (p.status == ProductionStatus.RETIRED) {
            throw ProblemException.illegalTransition("The MOOC is retired; it needs no more video");
        }
        OffsetDateTime now = Timestamps.now();
        invalidIf(Booking.slotErrors(studio, start, end, now));
        Booking b = Booking.request(p.moocId, studio, start, end, note, user.displayName(), user.id(), now);

        int bookedBefore = 0;
        if (b.costDkk > 0) {
            // one MOOC's paid bookings are counted one at a time, so two of them cannot both slip under the budget
            productionRepository.getEntityManager().lock(p, LockModeType.PESSIMISTIC_WRITE);
            bookedBefore = bookings.costOf(p.moocId, BOOKED);
            int wouldBe = bookedBefore + b.costDkk;
            if (p.videoBudgetDkk != null && wouldBe > p.videoBudgetDkk && !overBudget) {
                throw ProblemException.conflict("This booking (DKK " + b.costDkk + ") would take the booked video cost to DKK "
                                + wouldBe + ", above the MOOC's video budget of DKK " + p.videoBudgetDkk
                                + "; send \"overBudget\": true to book it anyway")
                        .with("budgetDkk", p.videoBudgetDkk).with("bookedDkk", bookedBefore)
                        .with("costDkk", b.costDkk).with("wouldBeBookedDkk", wouldBe);
            }
        }
        try {
            bookings.persistAndFlush(b);
        } catch (RuntimeException e) {
            if (sqlState(e, EXCLUSION_VIOLATION)) {
                throw ProblemException.conflict(studio.displayName() + " is already booked at some time on "
                                + period(b) + "; see the studio's calendar for free slots")
                        .with("studio", studio.name()).with("start", start.toString()).with("end", end.toString());
            }
            throw e;
        }
        LOG.infof("Booking %s: %s %s–%s for MOOC %s by %s (%s, DKK %d)", b.id, studio, b.startsAt, b.endsAt, p.moocId,
                user.username(), b.status, b.costDkk);
        if (b.status == Booking.Status.REQUESTED) {
            mailbox.queue(routing.medialab(), "Booking requested: " + p.title + ", " + period(b),
                    b.bookedBy + " requests " + studio.displayName() + " for \"" + p.title + "\" on " + period(b)
                            + " (DKK " + b.costDkk + ")." + (b.note == null ? "" : "\n\nNote: " + b.note)
                            + "\n\nConfirm or decline it in your queue: " + mailbox.link("/medialab/queue") + "\n",
                    p.moocId.toString());
        }
        int bookedAfter = b.costDkk > 0 ? bookedBefore + b.costDkk : bookings.costOf(p.moocId, BOOKED);
        return new Booked(b, p, VideoCosts.warning(p.videoBudgetDkk, bookedAfter));
    }

    /** Cancels a booking before it begins: the MOOC's instructor, a consultant or the MediaLab. */
    @Transactional
    public Booked cancel(UUID id) {
        Booking b = get(id);
        Production p = productions.get(b.moocId);
        if (!mayBook(p) && !user.hasRole(Roles.MEDIALAB)) {
            throw ProblemException.forbidden("Only the MOOC's instructor, the LearningLab's consultants and the MediaLab "
                    + "cancel its bookings");
        }
        Booking.Status before = b.status;
        b.cancel(user.displayName(), Timestamps.now());
        checkVersion();
        LOG.infof("Booking %s (%s) cancelled by %s", b.id, before, user.username());
        if (b.studio.needsConfirmation()) {
            if (user.hasRole(Roles.MEDIALAB)) {
                tellInstructor(p, "Booking cancelled by the MediaLab: " + p.title + ", " + period(b),
                        "The MediaLab (" + user.displayName() + ") cancelled the booking of " + b.studio.displayName()
                                + " for \"" + p.title + "\" on " + period(b) + ".");
            } else {
                mailbox.queue(routing.medialab(), "Booking cancelled: " + p.title + ", " + period(b),
                        user.displayName() + " cancelled the " + before.name().toLowerCase(Locale.ROOT) + " booking of "
                                + b.studio.displayName() + " for \"" + p.title + "\" on " + period(b) + ".\n",
                        p.moocId.toString());
            }
        }
        return new Booked(b, p, null);
    }

    /** The MediaLab confirms a request; the instructor hears of it. */
    @Transactional
    public Booked confirm(UUID id) {
        requireMediaLab();
        Booking b = get(id);
        Production p = productions.get(b.moocId);
        b.confirm(user.displayName(), Timestamps.now());
        checkVersion();
        LOG.infof("Booking %s confirmed by %s", b.id, user.username());
        tellInstructor(p, "Booking confirmed: " + p.title + ", " + period(b),
                "The MediaLab confirmed " + b.studio.displayName() + " for \"" + p.title + "\" on " + period(b)
                        + " (DKK " + b.costDkk + ").");
        return new Booked(b, p, null);
    }

    /** The MediaLab declines a request with a reason; the slot is free again and the instructor hears why. */
    @Transactional
    public Booked decline(UUID id, String reason) {
        requireMediaLab();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "must not be blank: tell the instructor why");
        }
        Booking b = get(id);
        Production p = productions.get(b.moocId);
        b.decline(user.displayName(), reason, Timestamps.now());
        checkVersion();
        LOG.infof("Booking %s declined by %s", b.id, user.username());
        tellInstructor(p, "Booking declined: " + p.title + ", " + period(b),
                "The MediaLab declined the request for " + b.studio.displayName() + " for \"" + p.title + "\" on "
                        + period(b) + ".\n\nReason: " + b.declineReason);
        return new Booked(b, p, null);
    }

    // --- costs ----------------------------------------------------------------------------------------------------

    /** Sets the MediaLab hours planned for the MOOC (whole or half hours). */
    @Transactional
    public VideoCosts plan(UUID moocId, BigDecimal plannedHours) {
        Production p = productions.get(moocId);
        requireMayBook(p);
        if (plannedHours.signum() < 0 || plannedHours.remainder(HALF_HOUR).signum() != 0) {
            throw ProblemException.invalid("plannedHours", "must be whole or half hours, 0 or more");
        }
        // serialises the first plan of a MOOC with any concurrent one, so that it is created once
        productionRepository.getEntityManager().lock(p, LockModeType.PESSIMISTIC_WRITE);
        VideoPlan plan = VideoPlan.findById(p.moocId);
        boolean first = plan == null;
        if (first) {
            plan = new VideoPlan();
            plan.moocId = p.moocId;
        }
        plan.plannedHours = plannedHours.setScale(1);
        plan.updatedBy = user.displayName();
        plan.updatedAt = Timestamps.now();
        if (first) {
            plan.persist();
        }
        VideoPlan.flush();
        return costsOf(p);
    }

    private VideoCosts costsOf(Production p) {
        VideoPlan plan = VideoPlan.findById(p.moocId);
        return VideoCosts.of(p.videoBudgetDkk, plan == null ? null : plan.plannedHours,
                bookings.costOf(p.moocId, BOOKED), bookings.costOf(p.moocId, CONFIRMED));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** E.g. "Monday 1 March 2027, 08:00–10:00 (Copenhagen time)". */
    public static String period(Booking b) {
        return WHEN.format(b.startsAt.atZoneSameInstant(Studio.ZONE)) + "–"
                + UNTIL.format(b.endsAt.atZoneSameInstant(Studio.ZONE)) + " (Copenhagen time)";
    }

    private Optional<Production> visible(UUID moocId) {
        try {
            return Optional.of(productions.get(moocId));
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Writes the change now: losing a race with another change of the booking is then a 409, not an error at commit. */
    private void checkVersion() {
        bookings.flush();
    }

    private void requireMediaLab() {
        if (!user.hasRole(Roles.MEDIALAB)) {
            throw ProblemException.forbidden("Only the MediaLab confirms and declines its bookings");
        }
    }

    private void tellInstructor(Production p, String subject, String text) {
        if (p.instructorEmail == null || p.instructorEmail.isBlank()) {
            LOG.warnf("MOOC %s has no instructor e-mail; \"%s\" is not mailed", p.moocId, subject);
            return;
        }
        mailbox.queue(p.instructorEmail, subject, "Dear " + p.instructorName + ",\n\n" + text
                + "\n\nThe MOOC's bookings and video costs: " + mailbox.link("/productions/" + p.moocId) + "\n",
                p.moocId.toString());
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2027-03-01");
        }
        // java.time parses years up to 999999999; the database's timestamps do not go that far (a 400, not a 500)
        if (!StrictJson.yearInRange(date.getYear())) {
            throw ProblemException.invalid(field, StrictJson.outOfRange());
        }
        return date;
    }

    private static void invalidIf(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream().map(f -> f.field() + ": " + f.message())
                    .reduce((a, c) -> a + "; " + c).orElseThrow(), errors);
        }
    }

    private static boolean sqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && state.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
