package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(name = "AssessmentScore", description = "One criterion's score with the member's reasoning")
    public record Score(@Schema(description = "The criterion", example = "TOPIC") Criterion criterion,
                        @Schema(description = "1 insufficient … 5 excellent", example = "4") int score,
                        @Schema(description = "Why this score", example = "Unique angle; strong research centre.") String comment) {
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
