package dk.mooc.analytics.service;

import dk.mooc.analytics.CourseEvaluation;
import dk.mooc.analytics.EvaluationInput;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.imports.EvaluationCsv;
import dk.mooc.analytics.imports.ImportRejected;
import dk.mooc.analytics.repository.EvaluationRepository;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Course evaluations per course and semester (docs/analytics.md, "Course evaluations"): imported from the documented
 * CSV or entered by hand; either replaces the semester's evaluation, so doing it again changes nothing.
 */
@ApplicationScoped
public class EvaluationService {

    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    @Inject
    CourseService courses;

    @Inject
    AnalyticsAccess access;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EntityManager em;

    public CourseEvaluation importCsv(UUID moocId, String semester, Integer invited, InputStream body) {
        LaunchedCourse course = courses.forImport(moocId);
        Semester s = semester(course, semester);
        if (invited == null || invited < 0) {
            throw ProblemException.invalid("invited", "give the number of learners invited to the evaluation, e.g. ?invited=350");
        }
        EvaluationInput input;
        try {
            input = EvaluationCsv.read(body, invited);
        } catch (ImportRejected e) {
            throw ImportProblems.of(e);
        } catch (IOException e) {
            throw new ProblemException(dk.mooc.platform.problem.ProblemType.MALFORMED_REQUEST,
                    "The upload could not be read to its end; nothing of it was imported");
        }
        return store(course, s, input, CourseEvaluation.Source.IMPORTED);
    }

    public CourseEvaluation enter(UUID moocId, String semester, EvaluationInput input) {
        LaunchedCourse course = courses.forImport(moocId);
        Semester s = semester(course, semester);
        check(input);
        return store(course, s, input, CourseEvaluation.Source.ENTERED);
    }

    private CourseEvaluation store(LaunchedCourse course, Semester semester, EvaluationInput input,
                                   CourseEvaluation.Source source) {
        String by = access.username();
        return QuarkusTransaction.requiringNew().call(() -> {
            CourseEvaluation e = evaluations.find(course.moocId, semester.toString()).orElse(null);
            if (e == null) {
                e = new CourseEvaluation();
                e.id = UUID.randomUUID();
                e.moocId = course.moocId;
                e.semester = semester.toString();
                e.replace(input, source, by, Timestamps.now());
                e.addQuestions(input);
                e.persist();
            } else {
                e.replace(input, source, by, Timestamps.now());
                em.flush();
                e.addQuestions(input);
            }
            LOG.infof("Evaluation of MOOC %s, %s %s by %s: %d of %d invited answered %d questions", course.moocId,
                    semester, source, by, input.respondents(), input.invited(), input.questions().size());
            return e;
        });
    }

    /** The rules the CSV import meets by construction, for an evaluation entered by hand. */
    static void check(EvaluationInput input) {
        if (input.respondents() > input.invited()) {
            throw ProblemException.invalid("respondents", "cannot be more than the " + input.invited() + " invited");
        }
        Set<String> ids = new HashSet<>();
        List<EvaluationInput.Question> questions = input.questions();
        for (int i = 0; i < questions.size(); i++) {
            EvaluationInput.Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (!ids.add(q.questionId())) {
                throw ProblemException.invalid(at + ".questionId", "is given twice: " + q.questionId());
            }
            if (q.type() == EvaluationInput.Type.LIKERT) {
                if (q.distribution() == null || q.distribution().length != 5) {
                    throw ProblemException.invalid(at + ".distribution", "a Likert question needs the number of answers"
                            + " for each of 1, 2, 3, 4 and 5");
                }
                if (q.comments() != null && !q.comments().isEmpty()) {
                    throw ProblemException.invalid(at + ".comments", "only a TEXT question has comments");
                }
            } else {
                if (q.distribution() != null) {
                    throw ProblemException.invalid(at + ".distribution", "only a LIKERT question has a distribution");
                }
            }
            if (q.answers() > input.respondents()) {
                throw ProblemException.invalid(at, "has " + q.answers() + " answers, more than the "
                        + input.respondents() + " respondents");
            }
        }
    }

    public CourseEvaluation get(UUID moocId, String semester) {
        LaunchedCourse course = courses.get(moocId);
        Semester s = KpiService.parse(semester);
        return evaluations.find(course.moocId, s.toString())
                .orElseThrow(() -> ProblemException.notFound("Evaluation of " + s + " for course", moocId));
    }

    /** The evaluation of a course already checked by the caller, if there is one, loaded whole (questions, comments). */
    public Optional<CourseEvaluation> find(LaunchedCourse course, Semester semester) {
        Optional<CourseEvaluation> e = evaluations.find(course.moocId, semester.toString());
        e.ifPresent(evaluation -> evaluation.questions.forEach(q -> q.comments.size()));
        return e;
    }

    public List<CourseEvaluation> list(UUID moocId) {
        return evaluations.forCourse(courses.get(moocId).moocId);
    }

    private static Semester semester(LaunchedCourse course, String semester) {
        Semester s = KpiService.parse(semester);
        if (s.compareTo(course.launchSemester()) < 0) {
            throw ProblemException.invalid("semester", s + " is before the course's launch in " + course.launchSemester());
        }
        return s;
    }
}
