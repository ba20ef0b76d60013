-- The production list's default order (newest started first, then the MOOC id): the first page of those who see all
-- productions (LearningLab, MediaLab, admins) is read in index order instead of sorting every production.
create index production_list_order on production (started_at desc, mooc_id);
