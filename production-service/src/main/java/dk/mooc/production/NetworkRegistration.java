package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One person's place at a network meeting (one per meeting and user name), and whether they attended. */
@Entity
@Table(name = "network_registration")
public class NetworkRegistration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 200)
    public String email;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(nullable = false)
    public boolean attended;
}
