package dk.mooc.bench.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the reference's only table: about the width of a list row in the services (an id, a few texts, a date). */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public String department;

    public String status;

    public String summary;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public long version;
}
