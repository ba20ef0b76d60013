package dk.mooc.production.event;

import dk.mooc.platform.events.DomainEvent;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A milestone passed its due date without being done (once per milestone and due date). analytics-service's
 * portfolio counts slip from it. Schema: META-INF/events/mooc.production.milestone-overdue.v1.schema.json.
 */
public record MilestoneOverdue(String moocId, String title, String department, String milestone, String milestoneName,
                               String owner, LocalDate dueDate, LocalDate baselineDueDate, long daysOverdue)
        implements DomainEvent {

    public static MilestoneOverdue of(Production p, Milestone m, LocalDate today) {
        return new MilestoneOverdue(p.moocId.toString(), p.title, p.department, m.key, m.name, m.owner.name(), m.dueDate,
                m.baselineDueDate, ChronoUnit.DAYS.between(m.dueDate, today));
    }

    @Override
    public String eventType() {
        return ProductionEvents.MILESTONE_OVERDUE;
    }
}
