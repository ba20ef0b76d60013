package dk.mooc.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One contribution to a case's discussion among its non-conflicted members. */
@Entity
@Table(name = "discussion_post")
public class DiscussionPost extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "author_username", nullable = false, length = 100)
    public String authorUsername;

    @Column(name = "author_name", nullable = false, length = 200)
    public String authorName;

    @Column(nullable = false, length = 4000)
    public String text;

    @Column(name = "posted_at", nullable = false)
    public OffsetDateTime postedAt;
}
