-- The Coursera catalogue (docs/catalogue.md): every course of Coursera's public catalogue, synchronised from its API or
-- imported from a file, searched in English by full text and by trigram similarity. pg_trgm ships with PostgreSQL and
-- is a trusted extension, so the service's own database owner may create it.
create extension if not exists pg_trgm;

create table catalogue_course (
    coursera_id     varchar(100)   primary key,
    slug            varchar(300)   not null,
    name            varchar(500)   not null,
    description     text           not null default '',
    partner_ids     text[]         not null default '{}',
    partner_names   text[]         not null default '{}',
    languages       text[]         not null default '{}',
    -- Coursera's domain and subdomain, as "domain/subdomain" (e.g. computer-science/machine-learning)
    domain_types    text[]         not null default '{}',
    own_university  boolean        not null default false,
    fetched_at      timestamptz    not null,
    -- the name weighs more than the description when a proposal's words are found in it
    search          tsvector       generated always as (
                        setweight(to_tsvector('english', name), 'A')
                        || setweight(to_tsvector('english', description), 'B')) stored
);
create index catalogue_course_search on catalogue_course using gin (search);
create index catalogue_course_name_trgm on catalogue_course using gin (name gin_trgm_ops);
create index catalogue_course_description_trgm on catalogue_course using gin (description gin_trgm_ops);
create index catalogue_course_slug on catalogue_course (slug);

-- How many catalogue courses use each word (lexeme): a word most courses use ("introduction") says nothing about
-- similarity, so the ranking leaves it out. Recomputed after every sync and import.
create table catalogue_term (
    lexeme   text     primary key,
    courses  integer  not null
);

create table catalogue_sync (
    id             uuid           primary key,
    started_at     timestamptz    not null,
    finished_at    timestamptz,
    source         varchar(10)    not null,
    courses        integer        not null default 0,
    outcome        varchar(20)    not null,
    error_code     varchar(60),
    error_detail   varchar(1000),
    started_by     varchar(200)
);
create index catalogue_sync_latest on catalogue_sync (outcome, finished_at desc);

-- What the committee saw: the similar courses of one submitted version of a proposal, computed once when it was
-- submitted and never recomputed, keyed by the MOOC, the version and the hash of the text that was compared.
create table similarity_snapshot (
    id                 uuid           primary key,
    mooc_id            uuid           not null,
    proposal_version   integer        not null,
    content_hash       varchar(64)    not null,
    -- who may read it: the proposal's instructor and department, as the proposal's own visibility rules
    instructor_id      varchar(200),
    department         varchar(100),
    event_id           varchar(200)   not null,
    event_type         varchar(200)   not null,
    submitted_at       timestamptz,
    computed_at        timestamptz    not null,
    catalogue_sync_id  uuid,
    catalogue_courses  integer        not null,
    proposal           jsonb          not null,
    matches            jsonb          not null,
    unique (mooc_id, proposal_version, content_hash)
);
create index similarity_snapshot_mooc on similarity_snapshot (mooc_id, computed_at desc);
