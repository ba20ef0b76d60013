package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The committee approved a MOOC whose proposal snapshot is still on its way; the production starts when it comes. */
@Entity
@Table(name = "pending_approval")
public class PendingApproval extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(name = "approved_on", nullable = false)
    public LocalDate approvedOn;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
