-- The course list's default order (newest launch first, then the MOOC id): the admin's, the consultant's and the
-- committee's first page is read in index order instead of sorting every course.
create index launched_course_list_order on launched_course (launched_on desc, mooc_id);
