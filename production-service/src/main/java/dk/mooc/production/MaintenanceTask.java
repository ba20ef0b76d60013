package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Work on a launched MOOC that the study board's semester review asked for ("revise"). */
@Entity
@Table(name = "maintenance_task")
public class MaintenanceTask extends PanacheEntityBase {

    @Schema(name = "MaintenanceTaskStatus", description = "OPEN or DONE")
    public enum Status { OPEN, DONE }

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 20)
    public String semester;

    @Column(length = 500)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "done_by", length = 200)
    public String doneBy;
}
