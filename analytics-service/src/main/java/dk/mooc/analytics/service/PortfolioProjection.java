package dk.mooc.analytics.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.PortfolioMooc;
import dk.mooc.analytics.PortfolioStage;
import dk.mooc.analytics.TimelineCode;
import dk.mooc.platform.events.IncomingEvent;
import dk.mooc.platform.events.PoisonEventException;
import dk.mooc.platform.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Projects every service's events into the programme portfolio: the MOOC's stage, facts, resources and slip, and
 * its end-to-end timeline. Applied once per event: the timeline row (keyed by source and event id) is inserted
 * first and nothing else happens if it was already there.
 */
@ApplicationScoped
public class PortfolioProjection {

    /** The event types the portfolio reads, and the service each comes from. */
    public static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("mooc.proposal.drafted.v1", "proposal"),
            Map.entry("mooc.proposal.submitted.v1", "proposal"),
            Map.entry("mooc.proposal.resubmitted.v1", "proposal"),
            Map.entry("mooc.proposal.withdrawn.v1", "proposal"),
            Map.entry("mooc.review.opened.v1", "review"),
            Map.entry("mooc.review.decided.v1", "review"),
            Map.entry("mooc.course.launched.v1", "production"),
            Map.entry("mooc.course.retired.v1", "production"),
            Map.entry("mooc.production.milestone-overdue.v1", "production"),
            Map.entry("mooc.analytics.semester-review-completed.v1", "analytics"));

    /** The programme's time zone: a business date is a day in Copenhagen. */
    static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Copenhagen");

    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Applies one event; false when it is not a portfolio event or was applied before. */
    @Transactional
    public boolean apply(IncomingEvent e) {
        String service = EVENTS.get(e.type());
        if (service == null) {
            return false;
        }
        JsonNode d;
        try {
            d = mapper.readTree(e.data());
        } catch (Exception ex) {
            throw new PoisonEventException("Event " + e.id() + " (" + e.type() + ") is not JSON: " + ex.getMessage(), ex);
        }
        UUID moocId = moocId(e, d);
        OffsetDateTime at = e.time() != null ? e.time() : Timestamps.now();
        Entry entry = entry(e.type(), d, at);
        String params;
        try {
            params = mapper.writeValueAsString(entry.params());
        } catch (Exception ex) {
            throw new IllegalStateException("Parameters of event " + e.id() + " cannot be written", ex);
        }
        int inserted = em.createNativeQuery("insert into portfolio_event (source, event_id, mooc_id, event_type, service,"
                        + " occurred_at, occurred_on, code, params) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb))"
                        + " on conflict do nothing")
                .setParameter(1, e.source()).setParameter(2, e.id()).setParameter(3, moocId).setParameter(4, e.type())
                .setParameter(5, service).setParameter(6, at).setParameter(7, entry.on()).setParameter(8, entry.code().name())
                .setParameter(9, params)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        // two topics may bring a MOOC's first events at once: create the row race-free, then lock it
        em.createNativeQuery("insert into portfolio_mooc (mooc_id, stage, stage_at, last_event_at, overdue_milestones,"
                        + " max_days_overdue) values (?1, 'PROPOSAL', ?2, ?3, 0, 0) on conflict do nothing")
                .setParameter(1, moocId).setParameter(2, BEGINNING).setParameter(3, at).executeUpdate();
        PortfolioMooc m = em.find(PortfolioMooc.class, moocId, LockModeType.PESSIMISTIC_WRITE);
        if (m.lastEventAt == null || at.isAfter(m.lastEventAt)) {
            m.lastEventAt = at;
        }
        switch (e.type()) {
            case "mooc.proposal.drafted.v1" -> {
                facts(m, d);
                m.moveTo(PortfolioStage.PROPOSAL, at);
            }
            case "mooc.proposal.submitted.v1", "mooc.proposal.resubmitted.v1" -> {
                facts(m, d);
                JsonNode r = d.path("resources");
                m.staffHours = integer(r, "staffHours", m.staffHours);
                m.assistants = integer(r, "assistants", m.assistants);
                m.videoBudgetDkk = integer(r, "videoBudgetDkk", m.videoBudgetDkk);
                m.moveTo(PortfolioStage.REVIEW, at);
            }
            case "mooc.proposal.withdrawn.v1" -> m.moveTo(PortfolioStage.WITHDRAWN, at);
            case "mooc.review.opened.v1" -> {
                facts(m, d);
                m.moveTo(PortfolioStage.REVIEW, at);
            }
            case "mooc.review.decided.v1" -> m.moveTo(switch (d.path("decision").asText()) {
                case "APPROVED" -> PortfolioStage.PRODUCTION;
                case "REJECTED" -> PortfolioStage.REJECTED;
                case "REVISION_REQUESTED" -> PortfolioStage.PROPOSAL;
                default -> throw new PoisonEventException("Unknown decision in event " + e.id() + ": " + d.path("decision"));
            }, at);
            case "mooc.course.launched.v1" -> {
                facts(m, d);
                m.launchDate = date(d, "launchDate");
                m.courseUrl = text(d, "courseUrl", m.courseUrl);
                m.moveTo(PortfolioStage.LAUNCHED, at);
            }
            case "mooc.course.retired.v1" -> m.moveTo(PortfolioStage.RETIRED, at);
            case "mooc.production.milestone-overdue.v1" -> {
                LocalDate due = date(d, "dueDate");
                if (due == null || !d.hasNonNull("milestone")) {
                    throw new PoisonEventException("Milestone overdue " + e.id() + " without milestone or due date");
                }
                em.createNativeQuery("insert into portfolio_overdue (mooc_id, milestone, due_date) values (?1, ?2, ?3)"
                                + " on conflict do nothing")
                        .setParameter(1, moocId).setParameter(2, d.get("milestone").asText()).setParameter(3, due)
                        .executeUpdate();
                m.overdueMilestones = ((Number) em.createNativeQuery(
                                "select count(distinct milestone) from portfolio_overdue where mooc_id = ?1")
                        .setParameter(1, moocId).getSingleResult()).intValue();
                m.maxDaysOverdue = Math.max(m.maxDaysOverdue, d.path("daysOverdue").asInt(0));
                facts(m, d);
            }
            default -> {
                // the semester review is only a timeline entry here; analytics-service's reviews keep the rest
            }
        }
        return true;
    }

    private static UUID moocId(IncomingEvent e, JsonNode d) {
        String id = d.hasNonNull("moocId") ? d.get("moocId").asText() : e.subject();
        try {
            return UUID.fromString(id);
        } catch (RuntimeException ex) {
            throw new PoisonEventException("Event " + e.id() + " (" + e.type() + ") has no valid MOOC id: " + id);
        }
    }

    private static void facts(PortfolioMooc m, JsonNode d) {
        m.title = text(d, "title", m.title);
        m.department = text(d, "department", m.department);
        m.instructorName = text(d.path("instructor"), "name", m.instructorName);
        m.plannedLaunchSemester = text(d, "plannedLaunchSemester", m.plannedLaunchSemester);
        m.expectedEnrolments = integer(d, "expectedEnrolments", m.expectedEnrolments);
    }

    /** A timeline entry: what happened as a code with parameters, and the business date it happened on. */
    record Entry(TimelineCode code, Map<String, String> params, LocalDate on) {
    }

    /**
     * The timeline entry for an event. The date is the business one the event carries (a launch's launch date, a
     * decision's time in Copenhagen), else the day the event was recorded.
     */
    static Entry entry(String type, JsonNode d, OffsetDateTime recordedAt) {
        Map<String, String> p = new LinkedHashMap<>();
        TimelineCode code;
        LocalDate on;
        switch (type) {
            case "mooc.proposal.drafted.v1" -> {
                code = TimelineCode.PROPOSAL_DRAFTED;
                put(p, "instructor", d.path("instructor").path("name"));
                on = day(d, "draftedAt");
            }
            case "mooc.proposal.submitted.v1" -> {
                code = TimelineCode.PROPOSAL_SUBMITTED;
                put(p, "version", d.path("proposalVersion"));
                on = day(d, "submittedAt");
            }
            case "mooc.proposal.resubmitted.v1" -> {
                code = TimelineCode.PROPOSAL_RESUBMITTED;
                put(p, "version", d.path("proposalVersion"));
                if (d.path("changedFields").isArray() && !d.path("changedFields").isEmpty()) {
                    p.put("changedFields", join(d.path("changedFields")));
                }
                on = day(d, "submittedAt");
            }
            case "mooc.proposal.withdrawn.v1" -> {
                code = TimelineCode.PROPOSAL_WITHDRAWN;
                put(p, "reason", d.path("reason"));
                on = day(d, "withdrawnAt");
            }
            case "mooc.review.opened.v1" -> {
                code = TimelineCode.REVIEW_OPENED;
                put(p, "round", d.path("round"));
                on = day(d, "openedAt");
            }
            case "mooc.review.decided.v1" -> {
                code = TimelineCode.REVIEW_DECIDED;
                put(p, "decision", d.path("decision"));
                put(p, "round", d.path("round"));
                on = day(d, "decidedAt");
            }
            case "mooc.course.launched.v1" -> {
                code = TimelineCode.COURSE_LAUNCHED;
                put(p, "launchDate", d.path("launchDate"));
                put(p, "courseUrl", d.path("courseUrl"));
                on = date(d, "launchDate");
            }
            case "mooc.course.retired.v1" -> {
                code = TimelineCode.COURSE_RETIRED;
                put(p, "semester", d.path("semester"));
                // retiredOn came later; an older event has only the time it was recorded
                on = date(d, "retiredOn") != null ? date(d, "retiredOn") : day(d, "retiredAt");
            }
            case "mooc.production.milestone-overdue.v1" -> {
                code = TimelineCode.MILESTONE_OVERDUE;
                put(p, "milestone", d.path("milestone"));
                put(p, "milestoneName", d.path("milestoneName"));
                put(p, "dueDate", d.path("dueDate"));
                put(p, "daysOverdue", d.path("daysOverdue"));
                // overdue from the day after its due date
                LocalDate due = date(d, "dueDate");
                on = due == null ? null : due.plusDays(1);
            }
            case "mooc.analytics.semester-review-completed.v1" -> {
                code = TimelineCode.SEMESTER_REVIEWED;
                put(p, "semester", d.path("semester"));
                put(p, "outcome", d.path("outcome"));
                on = day(d, "completedAt");
            }
            default -> throw new IllegalArgumentException("not a portfolio event: " + type);
        }
        return new Entry(code, p, on != null ? on : recordedAt.atZoneSameInstant(PROGRAMME_ZONE).toLocalDate());
    }

    private static void put(Map<String, String> params, String name, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull() && !value.asText().isBlank()) {
            params.put(name, clip(value.asText(), 1000));
        }
    }

    /** A time field's day in Copenhagen, where the programme runs; null when the event lacks it. */
    private static LocalDate day(JsonNode d, String field) {
        if (!d.hasNonNull(field)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(d.get(field).asText()).atZoneSameInstant(PROGRAMME_ZONE).toLocalDate();
        } catch (RuntimeException ex) {
            throw new PoisonEventException("Invalid time in " + field + ": " + d.get(field).asText());
        }
    }

    private static String join(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(n -> items.add(n.asText()));
        return String.join(", ", items);
    }

    private static String text(JsonNode d, String field, String otherwise) {
        return d.hasNonNull(field) && !d.get(field).asText().isBlank() ? d.get(field).asText() : otherwise;
    }

    private static Integer integer(JsonNode d, String field, Integer otherwise) {
        return d.hasNonNull(field) && d.get(field).canConvertToInt() ? Integer.valueOf(d.get(field).asInt()) : otherwise;
    }

    private static LocalDate date(JsonNode d, String field) {
        try {
            return d.hasNonNull(field) ? LocalDate.parse(d.get(field).asText()) : null;
        } catch (RuntimeException ex) {
            throw new PoisonEventException("Invalid date in " + field + ": " + d.get(field).asText());
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
