package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The MediaLab hours planned for a MOOC (whole or half hours); the planned video cost is derived from them. */
@Entity
@Table(name = "video_plan")
public class VideoPlan extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(name = "planned_hours", nullable = false, precision = 6, scale = 1)
    public BigDecimal plannedHours;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
