-- The lists' default order (updated_at desc, then id) for the scopes that see nearly every proposal (admin, committee):
-- the first page is read in index order and stops after a page, instead of sorting every visible row.
create index proposal_updated on proposal (updated_at desc, id);
