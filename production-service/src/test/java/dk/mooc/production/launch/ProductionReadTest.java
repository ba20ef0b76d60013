package dk.mooc.production.launch;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.LaunchApproval;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.UserTest;
import dk.mooc.production.repository.ProductionRepository;
import dk.mooc.production.service.LaunchService;
import dk.mooc.production.service.ProductionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.mooc.platform.testing.SameFields.assertSameFields;
import static dk.mooc.production.launch.ProductionFixture.CARLA;
import static dk.mooc.production.launch.ProductionFixture.IDA;
import static dk.mooc.production.launch.ProductionFixture.approved;
import static dk.mooc.production.launch.ProductionFixture.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read of a production with its parts in one statement ({@code ProductionRepository.withParts}, {@code EntityJson})
 * gives exactly the entities Hibernate loads, field by field: a production whose every column is filled (its embedded
 * user test and launch approval too), one whose embedded values are empty (null, as Hibernate gives them), its feedback
 * rounds (opened with the production) with an invited colleague, its whole plan and its maintenance tasks.
 */
@QuarkusTest
class ProductionReadTest {

    @Inject
    ProductionRepository productions;

    @Inject
    ProductionService service;

    @Inject
    LaunchService launches;

    @Test
    void aProductionWithEveryColumnFilledAndItsParts() throws Exception {
        UUID moocId = approved(false);
        QuarkusTransaction.requiringNew().run(() -> {
            Production p = productions.findById(moocId);
            p.userTest = new UserTest(); // null as loaded: no column of it is set yet
            p.userTest.testedOn = LocalDate.of(2026, 11, 2);
            p.userTest.students = 12;
            p.userTest.colleagues = 3;
            p.userTest.findings = "Quizzes too long";
            p.userTest.recordedBy = "Carla Consultant";
            p.launchApproval.status = LaunchApproval.Status.APPROVED;
            p.launchApproval.requestedAt = Timestamps.now().minusDays(3);
            p.launchApproval.requestedBy = "Ida Instructor";
            p.launchApproval.decidedAt = Timestamps.now().minusDays(1);
            p.launchApproval.decidedBy = "Bo Board";
            p.launchApproval.comment = "Go";
            p.baselineAgreedAt = Timestamps.now().minusDays(20);
            p.baselineAgreedBy = "Carla Consultant";
            p.courseUrl = "https://www.coursera.org/learn/quantum";
            p.launchDate = LocalDate.of(2026, 12, 1);
            p.launchedAt = Timestamps.now();
            p.retiredAt = Timestamps.now().plusSeconds(1);
            p.retiredSemester = "2031-spring";
            FeedbackRound round = FeedbackRound.findById(new FeedbackRound.Key(moocId, FeedbackRound.Round.MATERIAL));
            round.invite("Colin Colleague", "colin@example.org", Timestamps.now());
            for (int i = 0; i < 2; i++) {
                MaintenanceTask t = new MaintenanceTask();
                t.id = UUID.randomUUID();
                t.moocId = moocId;
                t.reviewId = UUID.randomUUID();
                t.position = i;
                t.semester = "2027-spring";
                t.description = "Update week " + (i + 1);
                t.createdAt = Timestamps.now();
                if (i == 1) {
                    t.status = MaintenanceTask.Status.DONE;
                    t.doneAt = Timestamps.now();
                    t.doneBy = "Ida Instructor";
                }
                t.persist();
            }
        });
        Production.WithParts read = sameAsHibernate(moocId, 2, 2);
        assertEquals(List.of(FeedbackRound.Round.TEACHING_PLAN, FeedbackRound.Round.MATERIAL),
                read.rounds().stream().map(r -> r.round).toList(), "the plan's order");
        assertFalse(read.bindingWaits(), "no address asked about");
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200);
    }

    @Test
    void aProductionWithItsEmbeddedValuesEmpty() throws Exception {
        UUID moocId = approved(true);
        QuarkusTransaction.requiringNew().run(() -> {
            Production p = productions.findById(moocId);
            p.userTest = new UserTest();
        });
        Production.WithParts read = sameAsHibernate(moocId, 2, 0);
        assertNull(read.production().userTest, "all its columns null: null, as Hibernate gives it");
    }

    @Test
    void whetherABindingWaitsIsAskedInTheSameStatement() throws Exception {
        UUID moocId = approved(true);
        QuarkusTransaction.requiringNew().run(() -> {
            FeedbackRound round = FeedbackRound.findById(new FeedbackRound.Key(moocId, FeedbackRound.Round.TEACHING_PLAN));
            round.invite("Colin Colleague", "Colin@Example.org", Timestamps.now());
        });
        assertTrue(productions.withParts(moocId, "colin@example.org").orElseThrow().bindingWaits());
        assertTrue(productions.withParts(moocId, "COLIN@example.org").orElseThrow().bindingWaits(), "normalised");
        assertFalse(productions.withParts(moocId, "someone@example.org").orElseThrow().bindingWaits());
        assertFalse(productions.withParts(moocId, null).orElseThrow().bindingWaits());
        assertTrue(productions.withParts(UUID.randomUUID(), "colin@example.org").isEmpty());
        as(CARLA).get("/productions/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private Production.WithParts sameAsHibernate(UUID moocId, int rounds, int tasks) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Production.WithParts read = productions.withParts(moocId, null).orElseThrow();
            Production loaded = productions.findById(moocId);
            assertSameFields("production", loaded, read.production());
            List<FeedbackRound> loadedRounds = service.rounds(moocId);
            assertEquals(rounds, loadedRounds.size());
            assertSameFields("rounds", loadedRounds, read.rounds());
            List<Milestone> loadedPlan = service.milestones(loaded);
            assertFalse(loadedPlan.isEmpty());
            assertSameFields("milestones", loadedPlan, read.milestones());
            List<MaintenanceTask> loadedTasks = launches.maintenanceTasks(moocId);
            assertEquals(tasks, loadedTasks.size());
            assertSameFields("maintenance tasks", loadedTasks, read.maintenanceTasks());
            return read;
        });
    }
}
