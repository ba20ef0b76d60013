package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One deletion of a course's learner data, kept so that the data protection officer can see who deleted what when. */
@Entity
@Table(name = "learner_data_deletion")
public class LearnerDataDeletion extends PanacheEntityBase {

    /** Who deleted the data when the retention period did it. */
    public static final String RETENTION_JOB = "retention";

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DeletionReason reason;

    /** Rows dated before this were deleted; null when all of the course's learner rows were. */
    @Column(name = "deleted_before")
    public OffsetDateTime deletedBefore;

    @Column(name = "rows_deleted", nullable = false)
    public long rowsDeleted;

    /** Semesters whose figures were kept (frozen) by this deletion. */
    @Column(name = "semesters_kept", nullable = false)
    public int semestersKept;

    /** Whether the figures of the semesters concerned were kept; false when an administrator discarded them too. */
    @Column(name = "aggregates_kept", nullable = false)
    public boolean aggregatesKept;

    @Column(name = "deleted_by", nullable = false, length = 100)
    public String deletedBy;

    @Column(name = "deleted_at", nullable = false)
    public OffsetDateTime deletedAt;

    public static LearnerDataDeletion of(UUID moocId, DeletionReason reason, OffsetDateTime before, long rows, int kept,
                                         boolean aggregatesKept, String by, OffsetDateTime at) {
        LearnerDataDeletion d = new LearnerDataDeletion();
        d.id = UUID.randomUUID();
        d.moocId = moocId;
        d.reason = reason;
        d.deletedBefore = before;
        d.rowsDeleted = rows;
        d.semestersKept = kept;
        d.aggregatesKept = aggregatesKept;
        d.deletedBy = by;
        d.deletedAt = at;
        return d;
    }
}
