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

/**
 * One refresh of the Coursera catalogue, from the API or from a file: when, how many courses, and how it ended. A
 * failed sync keeps its error code, so the LearningLab sees why the catalogue is stale.
 */
@Entity
@Table(name = "catalogue_sync")
public class CatalogueSync extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CatalogueSource source;

    /** Courses read and stored. */
    @Column(nullable = false)
    public int courses;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CatalogueSyncOutcome outcome;

    /** Why it failed, as a stable code (e.g. {@code catalogue.api.unreachable}); null unless FAILED. */
    @Column(name = "error_code", length = 60)
    public String errorCode;

    @Column(name = "error_detail", length = 1000)
    public String errorDetail;

    /** Who imported the file; null for the scheduled sync. */
    @Column(name = "started_by", length = 200)
    public String startedBy;

    public static CatalogueSync start(CatalogueSource source, String startedBy, OffsetDateTime at) {
        CatalogueSync s = new CatalogueSync();
        s.id = UUID.randomUUID();
        s.source = source;
        s.startedBy = startedBy;
        s.startedAt = at;
        s.outcome = CatalogueSyncOutcome.RUNNING;
        return s;
    }
}
