package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The course evaluation of one course and semester: response rate, Likert distributions and comments. */
@Entity
@Table(name = "course_evaluation")
public class CourseEvaluation extends PanacheEntityBase {

    @Schema(name = "EvaluationSource", description = "IMPORTED from a CSV file, or ENTERED by hand")
    public enum Source { IMPORTED, ENTERED }

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Column(nullable = false, length = 20)
    public String semester;

    @Column(nullable = false)
    public int invited;

    @Column(nullable = false)
    public int respondents;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Source source;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<EvaluationQuestion> questions = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    /** respondents / invited in percent, 1 decimal; null when nobody was invited. */
    public BigDecimal responseRate() {
        return invited == 0 ? null
                : BigDecimal.valueOf(100.0 * respondents / invited).setScale(1, RoundingMode.HALF_UP);
    }

    /** Replaces the figures and the questions with the input's. */
    public void replace(EvaluationInput input, Source source, String by, OffsetDateTime at) {
        this.invited = input.invited();
        this.respondents = input.respondents();
        this.source = source;
        this.recordedBy = by;
        this.recordedAt = at;
        this.questions.clear();
    }

    public void addQuestions(EvaluationInput input) {
        int position = 0;
        for (EvaluationInput.Question q : input.questions()) {
            EvaluationQuestion e = new EvaluationQuestion();
            e.id = UUID.randomUUID();
            e.evaluation = this;
            e.position = position++;
            e.questionKey = q.questionId();
            e.text = q.question();
            e.type = q.type();
            e.answers = q.answers();
            if (q.type() == EvaluationInput.Type.LIKERT) {
                int[] d = q.distribution();
                e.likert1 = d[0];
                e.likert2 = d[1];
                e.likert3 = d[2];
                e.likert4 = d[3];
                e.likert5 = d[4];
            } else {
                e.comments = new ArrayList<>(q.comments());
            }
            questions.add(e);
        }
    }
}
