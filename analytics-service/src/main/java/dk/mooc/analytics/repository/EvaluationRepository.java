package dk.mooc.analytics.repository;

import dk.mooc.analytics.CourseEvaluation;
import dk.mooc.analytics.Semester;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<CourseEvaluation, UUID> {

    public Optional<CourseEvaluation> find(UUID moocId, String semester) {
        return find("moocId = ?1 and semester = ?2", moocId, semester).firstResultOptional();
    }

    /** Newest semester first. */
    public List<CourseEvaluation> forCourse(UUID moocId) {
        return list("moocId", moocId).stream()
                .sorted(Comparator.comparing((CourseEvaluation e) -> Semester.parse(e.semester)).reversed()).toList();
    }
}
