package dk.mooc.review.platform;

import dk.mooc.platform.web.InList;
import dk.mooc.review.CaseMember;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's {@link InList} on the service's real PostgreSQL and Hibernate: a read by a list of keys keeps its
 * query plan. Hibernate translates a query bound to a collection again on every call (it never caches such a plan);
 * written out by InList, the same read is translated once per shape and then found in the plan cache
 * (docs/performance.md, "Reads by a list of keys"). Measured with Hibernate's own statistics of each query string.
 */
@QuarkusTest
class InListPlanCacheTest {

    private static final int CALLS = 5;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    private boolean statisticsWereOn;

    @BeforeEach
    void statisticsOn() {
        statisticsWereOn = statistics().isStatisticsEnabled();
        statistics().setStatisticsEnabled(true);
    }

    @AfterEach
    void statisticsAsBefore() {
        statistics().setStatisticsEnabled(statisticsWereOn);
    }

    private Statistics statistics() {
        return sessionFactory.getStatistics();
    }

    private static List<UUID> keys(int n) {
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(UUID.randomUUID());
        }
        return keys;
    }

    @Test
    @Transactional
    void aReadByAListOfKeysFindsItsPlanInTheCacheAfterTheFirstCall() {
        // a query string of this test's own, so that no other read of the service counts in its statistics
        String hql = "from CaseMember where caseId in :ids and username <> '" + UUID.randomUUID() + "' order by assignedAt";

        // Hibernate's own in-list: each call is translated again, so the select plan is never found
        for (int i = 0; i < CALLS; i++) {
            em.createQuery(hql, CaseMember.class).setParameter("ids", keys(3 + i % 2)).getResultList();
        }
        QueryStatistics plain = statistics().getQueryStatistics(hql);
        assertEquals(CALLS, plain.getExecutionCount());
        assertEquals(CALLS - 1, plain.getPlanCacheHitCount(), "the plain in-list: the parse is cached, the plan is not");

        // written out: every call after a shape's first finds the parse and the plan, one key (a read by id) included;
        // 1 and 2 keys are one shape, 3 and 4 another, 5 and 8 a third
        int plansBefore = cachedPlans();
        for (List<Integer> counts : List.of(List.of(1, 2), List.of(3, 4), List.of(5, 8))) {
            String shape = null;
            for (int i = 0; i < CALLS; i++) {
                InList q = InList.of(hql, Map.of("ids", keys(counts.get(i % counts.size()))));
                shape = q.hql();
                assertTrue(q.list(CaseMember.class).isEmpty());
            }
            QueryStatistics written = statistics().getQueryStatistics(shape);
            assertEquals(CALLS, written.getExecutionCount(), shape);
            assertEquals(2L * (CALLS - 1), written.getPlanCacheHitCount(), "the parse and the plan are both cached: " + shape);
        }
        assertTrue(cachedPlans() > plansBefore, "the written-out queries' plans are in the cache");
    }

    private int cachedPlans() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
