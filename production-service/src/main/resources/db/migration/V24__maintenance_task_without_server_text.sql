-- A semester review that asked to revise without naming any action used to get a task whose description the
-- service wrote in English. The description is now only what the study board wrote; null means "revise the course
-- as the semester's review asks", which the reader's language words from the task's semester (kept on the row).
alter table maintenance_task alter column description drop not null;
update maintenance_task set description = null
 where description = 'Revise the course as the study board''s ' || semester || ' review asks';
