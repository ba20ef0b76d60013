package dk.mooc.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file attached to a proposal, e.g. the course outline. */
@Entity
@Table(name = "proposal_attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    /** Loaded only when the file itself is downloaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "bytea")
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by_id", nullable = false, length = 100)
    public String uploadedById;

    @Column(name = "uploaded_by_name", nullable = false, length = 200)
    public String uploadedByName;
}
