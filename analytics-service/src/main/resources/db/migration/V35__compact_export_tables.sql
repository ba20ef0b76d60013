-- The smaller export tables import like course_progress (docs/analytics.md, "Benchmark"): no foreign-key check per
-- inserted row, and one index per table where the time can lead the key.
-- An import is only made for a course that exists (its import record, which references the course, is written
-- first), and courses are never deleted, so the rows' foreign keys to the course only cost a check per row.
alter table coursera_learner drop constraint coursera_learner_mooc_id_fkey;
alter table coursera_membership drop constraint coursera_membership_mooc_id_fkey;
alter table coursera_grade drop constraint coursera_grade_mooc_id_fkey;
alter table coursera_rating drop constraint coursera_rating_mooc_id_fkey;

-- Memberships and ratings: the primary key led by the time, which serves the KPIs' queries by semester and the
-- retention's by date, instead of a key led by the learner and a second index by time.
alter table coursera_membership drop constraint coursera_membership_pkey;
drop index coursera_membership_time;
alter table coursera_membership add primary key (mooc_id, member_since, user_id, role);

alter table coursera_rating drop constraint coursera_rating_pkey;
drop index coursera_rating_time;
alter table coursera_rating add primary key (mooc_id, rated_at, user_id, feedback_system);

-- Grades: one per learner, so the key stays led by the learner; the second index by time went with every inserted
-- grade (a third of an import's work) and served only the retention, which now reads the course's grades by the key.
drop index coursera_grade_time;
