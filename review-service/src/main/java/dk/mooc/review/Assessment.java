package dk.mooc.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One member's assessment of a case: a score and a comment per criterion, and a recommendation. */
@Entity
@Table(name = "assessment")
@IdClass(CaseMember.Key.class)
public class Assessment extends PanacheEntityBase {

    /** One criterion's score (1–5) with the member's reasoning. */
    public record Score(Criterion criterion, int score, String comment) {
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    public String username;

    @Column(nullable = false, length = 200)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Score> scores;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Recommendation recommendation;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public Integer scoreFor(Criterion c) {
        return scores.stream().filter(s -> s.criterion() == c).map(Score::score).findFirst().orElse(null);
    }
}
