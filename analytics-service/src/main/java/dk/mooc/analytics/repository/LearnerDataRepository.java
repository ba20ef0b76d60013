package dk.mooc.analytics.repository;

import dk.mooc.analytics.LearnerDataDeletion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Deletes a course's learner rows (docs/analytics.md, "Personal data") and keeps the record of each deletion. The
 * learner rows are the stored export tables that describe learners: users, memberships, progress, grades, ratings;
 * the course's lookup tables (passing and progress states) describe the course and stay.
 */
@ApplicationScoped
public class LearnerDataRepository implements PanacheRepositoryBase<LearnerDataDeletion, UUID> {

    /** The dated learner tables and the column that dates their rows. */
    private static final List<String[]> DATED = List.of(
            new String[] {"coursera_membership", "member_since"},
            new String[] {"coursera_progress", "progress_at"},
            new String[] {"coursera_rating", "rated_at"},
            new String[] {"coursera_grade", "graded_at"});

    public List<LearnerDataDeletion> deletions(UUID moocId) {
        return list("moocId", Sort.by("deletedAt", Sort.Direction.Descending).and("id"), moocId);
    }

    /**
     * Deletes the course's learner rows dated before {@code cutoff}, and the users rows of learners with nothing left.
     * Learners enrolled before the cutoff who are still in the data are remembered (coursera_earlier_learner), so that
     * "enrolled to date" does not count them again. Returns the rows deleted.
     */
    public long deleteBefore(UUID moocId, OffsetDateTime cutoff) {
        var em = getEntityManager();
        em.createNativeQuery("insert into coursera_earlier_learner (mooc_id, user_id) select distinct mooc_id, user_id"
                        + " from coursera_membership where mooc_id = ?1 and role = 'LEARNER' and member_since < ?2"
                        + " on conflict do nothing")
                .setParameter(1, moocId).setParameter(2, cutoff).executeUpdate();
        long rows = 0;
        for (String[] t : DATED) {
            rows += em.createNativeQuery("delete from " + t[0] + " where mooc_id = ?1 and " + t[1] + " < ?2")
                    .setParameter(1, moocId).setParameter(2, cutoff).executeUpdate();
        }
        rows += em.createNativeQuery("delete from coursera_learner l where l.mooc_id = ?1"
                        + " and not exists (select 1 from coursera_membership x where x.mooc_id = ?1 and x.user_id = l.user_id)"
                        + " and not exists (select 1 from coursera_progress x where x.mooc_id = ?1 and x.user_id = l.user_id)"
                        + " and not exists (select 1 from coursera_rating x where x.mooc_id = ?1 and x.user_id = l.user_id)"
                        + " and not exists (select 1 from coursera_grade x where x.mooc_id = ?1 and x.user_id = l.user_id)")
                .setParameter(1, moocId).executeUpdate();
        // only learners with memberships still stored can be counted again
        em.createNativeQuery("delete from coursera_earlier_learner e where e.mooc_id = ?1 and not exists"
                        + " (select 1 from coursera_membership m where m.mooc_id = ?1 and m.user_id = e.user_id)")
                .setParameter(1, moocId).executeUpdate();
        return rows;
    }

    /** Deletes all of the course's learner rows; returns how many. */
    public long deleteAll(UUID moocId) {
        var em = getEntityManager();
        long rows = 0;
        for (String table : List.of("coursera_membership", "coursera_progress", "coursera_rating", "coursera_grade",
                "coursera_learner")) {
            rows += em.createNativeQuery("delete from " + table + " where mooc_id = ?1").setParameter(1, moocId)
                    .executeUpdate();
        }
        em.createNativeQuery("delete from coursera_earlier_learner where mooc_id = ?1").setParameter(1, moocId)
                .executeUpdate();
        return rows;
    }

    /** The time of the course's oldest dated learner row, or null without any. */
    public OffsetDateTime oldestRow(UUID moocId) {
        Object v = getEntityManager().createNativeQuery("select min(t) from ("
                        + " select min(member_since) t from coursera_membership where mooc_id = ?1"
                        + " union all select min(progress_at) from coursera_progress where mooc_id = ?1"
                        + " union all select min(rated_at) from coursera_rating where mooc_id = ?1"
                        + " union all select min(graded_at) from coursera_grade where mooc_id = ?1) x")
                .setParameter(1, moocId).getSingleResult();
        return v == null ? null : KpiRepository.instant(v).atOffset(java.time.ZoneOffset.UTC);
    }
}
