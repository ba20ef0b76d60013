package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One question of a course evaluation: a Likert distribution (1-5) or free-text comments. */
@Entity
@Table(name = "evaluation_question")
public class EvaluationQuestion extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public CourseEvaluation evaluation;

    @Column(nullable = false)
    public int position;

    @Column(name = "question_key", nullable = false, length = 50)
    public String questionKey;

    @Column(nullable = false, length = 500)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public EvaluationInput.Type type;

    @Column(nullable = false)
    public int answers;

    @Column(name = "likert_1")
    public Integer likert1;
    @Column(name = "likert_2")
    public Integer likert2;
    @Column(name = "likert_3")
    public Integer likert3;
    @Column(name = "likert_4")
    public Integer likert4;
    @Column(name = "likert_5")
    public Integer likert5;

    @ElementCollection
    @CollectionTable(name = "evaluation_comment", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 4000)
    public List<String> comments = new ArrayList<>();

    /** Answers with 1..5, or null for a text question. */
    public List<Integer> distribution() {
        return type == EvaluationInput.Type.LIKERT ? List.of(likert1, likert2, likert3, likert4, likert5) : null;
    }

    /** The mean answer, 2 decimals; null for a text question or without answers. */
    public BigDecimal average() {
        if (type != EvaluationInput.Type.LIKERT || answers == 0) {
            return null;
        }
        double sum = likert1 + 2.0 * likert2 + 3.0 * likert3 + 4.0 * likert4 + 5.0 * likert5;
        return BigDecimal.valueOf(sum / answers).setScale(2, RoundingMode.HALF_UP);
    }

    /** Share of the question's answers that are 4 or 5, in percent, 1 decimal. */
    public BigDecimal agreement() {
        if (type != EvaluationInput.Type.LIKERT || answers == 0) {
            return null;
        }
        return BigDecimal.valueOf(100.0 * (likert4 + likert5) / answers).setScale(1, RoundingMode.HALF_UP);
    }
}
