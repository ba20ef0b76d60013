package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One thing the board asked to be done before the next review; open until someone marks it done. */
@Entity
@Table(name = "review_action")
public class ReviewAction extends PanacheEntityBase {

    @Schema(name = "ReviewActionStatus", description = "OPEN or DONE")
    public enum Status { OPEN, DONE }

    @Id
    public UUID id;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 500)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "done_by", length = 100)
    public String doneBy;

    @Version
    @Column(nullable = false)
    public long version;

    public void mark(Status status, String by, OffsetDateTime at) {
        if (this.status == status) {
            return;
        }
        this.status = status;
        this.doneAt = status == Status.DONE ? at : null;
        this.doneBy = status == Status.DONE ? by : null;
    }
}
