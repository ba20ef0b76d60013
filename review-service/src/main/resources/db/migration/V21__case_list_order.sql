-- The case list's default order (oldest opened first, then the id): an unfiltered first page is read in index order
-- instead of sorting every case (review_case_status serves the list filtered by status).
create index review_case_list_order on review_case (opened_at, id);
