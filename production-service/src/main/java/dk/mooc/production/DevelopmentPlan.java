package dk.mooc.production;

import dk.mooc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scheduling of a development plan: milestones with finish-to-start dependencies, durations in working days
 * ({@link WorkingDays}). A milestone without predecessors starts on the first working day after the approval; any
 * other starts on the first working day after the last of its predecessors is due, and is due on the last of its
 * working days. Pure Java over the milestones, so the arithmetic is tested without a database.
 */
public final class DevelopmentPlan {

    private final Map<String, Milestone> byKey = new LinkedHashMap<>();

    public DevelopmentPlan(List<Milestone> milestones) {
        milestones.stream().sorted(java.util.Comparator.comparingInt(m -> m.position)).forEach(m -> byKey.put(m.key, m));
    }

    /**
     * A new plan from the template, scheduled forward from the approval on {@code approvedOn} (work starts the next
     * working day); the user test is optional for a course revision.
     */
    public static List<Milestone> fromTemplate(UUID moocId, LocalDate approvedOn, boolean newContent) {
        List<Milestone> list = new ArrayList<>();
        int position = 0;
        for (PlanTemplate.Step step : PlanTemplate.STEPS) {
            Milestone m = new Milestone();
            m.moocId = moocId;
            m.key = step.key();
            m.position = position++;
            m.name = step.name();
            m.owner = step.owner();
            m.durationDays = step.durationDays();
            m.dependsOn = String.join(",", step.dependsOn());
            m.mandatory = step.mandatory() && (newContent || !"USER_TEST".equals(step.key()));
            list.add(m);
        }
        DevelopmentPlan plan = new DevelopmentPlan(list);
        for (Milestone m : plan.byKey.values()) {
            m.dueDate = WorkingDays.due(plan.earliestStart(m, approvedOn, false), m.durationDays);
        }
        return list;
    }

    public List<Milestone> milestones() {
        return List.copyOf(byKey.values());
    }

    public Milestone get(String key) {
        Milestone m = byKey.get(key);
        if (m == null) {
            throw ProblemException.notFound("Milestone", key);
        }
        return m;
    }

    /**
     * Moves a milestone's due date. Successors that would now start before their predecessors finish get a
     * proposed new due date (the team accepts or overrides it); returns the keys that got one.
     */
    public List<String> reschedule(String key, LocalDate newDue) {
        Milestone changed = get(key);
        if (changed.status == Milestone.Status.DONE) {
            throw ProblemException.illegalTransition("The milestone \"" + changed.name + "\" is done; its date is history");
        }
        changed.dueDate = newDue;
        changed.proposedDueDate = null;
        List<String> proposed = new ArrayList<>();
        for (Milestone m : byKey.values()) {
            if (m.key.equals(key) || m.status == Milestone.Status.DONE || m.predecessors().isEmpty()) {
                continue;
            }
            LocalDate needed = WorkingDays.due(earliestStart(m, null, true), m.durationDays);
            LocalDate current = m.proposedDueDate != null ? m.proposedDueDate : m.dueDate;
            if (needed.isAfter(m.dueDate) && !needed.equals(current)) {
                m.proposedDueDate = needed;
                proposed.add(m.key);
            } else if (!needed.isAfter(m.dueDate)) {
                m.proposedDueDate = null;
            }
        }
        return proposed;
    }

    /** Takes every proposed date; returns how many changed. */
    public int acceptProposals() {
        int n = 0;
        for (Milestone m : byKey.values()) {
            if (m.proposedDueDate != null) {
                m.dueDate = m.proposedDueDate;
                m.proposedDueDate = null;
                n++;
            }
        }
        return n;
    }

    /** The first agreed plan becomes the baseline against which slips are shown. */
    public void agreeBaseline() {
        for (Milestone m : byKey.values()) {
            m.baselineDueDate = m.dueDate;
        }
    }

    /**
     * When a milestone can start: the first working day after its last predecessor is due (or proposed to be), else
     * after {@code approvedOn}.
     */
    private LocalDate earliestStart(Milestone m, LocalDate approvedOn, boolean useProposals) {
        LocalDate latest = approvedOn;
        for (String p : m.predecessors()) {
            Milestone pred = byKey.get(p);
            LocalDate due = useProposals && pred.proposedDueDate != null ? pred.proposedDueDate : pred.dueDate;
            if (latest == null || due.isAfter(latest)) {
                latest = due;
            }
        }
        return WorkingDays.after(latest);
    }
}
