package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The production of one approved MOOC (its id is the MOOC id). Created when the steering committee
 * approves a proposal; carries the snapshot that the approval event brings.
 */
@Entity
@Table(name = "production")
public class Production extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ProductionStatus status;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
