package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One milestone of a MOOC's development plan; it starts when the milestones it depends on are done. */
@Entity
@Table(name = "milestone")
@IdClass(Milestone.Key.class)
public class Milestone extends PanacheEntityBase {

    @Schema(name = "MilestoneStatus", description = "PLANNED, IN_PROGRESS or DONE")
    public enum Status { PLANNED, IN_PROGRESS, DONE }

    /** Who is responsible for a milestone. */
    @Schema(name = "MilestoneOwner", description = "Whose status the milestone is to change: STUDY_BOARD milestones "
            + "the department's board, MEDIALAB ones the MediaLab, the others the instructor and the consultants")
    public enum Owner { INSTRUCTOR, CONSULTANT, MEDIALAB, STUDY_BOARD }

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Id
    public String key;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false, length = 30)
    public Owner owner;

    @Column(name = "duration_days", nullable = false)
    public int durationDays;

    /** Keys of the milestones this one waits for (finish-to-start), comma separated. */
    @Column(name = "depends_on", nullable = false, length = 400)
    public String dependsOn;

    @Column(nullable = false)
    public boolean mandatory;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** The due date in the first agreed plan; slips are measured against it. */
    @Column(name = "baseline_due_date")
    public LocalDate baselineDueDate;

    /** A new due date the platform proposes because a predecessor slipped; accepted or ignored by the team. */
    @Column(name = "proposed_due_date")
    public LocalDate proposedDueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.PLANNED;

    @Column(name = "done_on")
    public LocalDate doneOn;

    public List<String> predecessors() {
        return dependsOn.isBlank() ? List.of() : Arrays.asList(dependsOn.split(","));
    }

    /** Days late against the baseline (negative: early); null before a baseline is agreed. */
    public Long slipDays() {
        return baselineDueDate == null ? null : ChronoUnit.DAYS.between(baselineDueDate, dueDate);
    }

    public static class Key implements Serializable {
        public UUID moocId;
        public String key;

        public Key() {
        }

        public Key(UUID moocId, String key) {
            this.moocId = moocId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.moocId, moocId) && Objects.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(moocId, key);
        }
    }
}
