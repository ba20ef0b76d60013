-- Files that belong to an application (course outline, budget, ...). Kept in the service's own database so
-- that backups and access rules cover them; the size limit keeps that cheap.
create table proposal_attachment (
    id                uuid          primary key,
    proposal_id       uuid          not null references proposal (id),
    file_name         varchar(200)  not null,
    media_type        varchar(120)  not null,
    size_bytes        bigint        not null,
    sha256            varchar(64)   not null,
    content           bytea         not null,
    uploaded_at       timestamptz   not null,
    uploaded_by_id    varchar(100)  not null,
    uploaded_by_name  varchar(200)  not null
);
create index proposal_attachment_proposal on proposal_attachment (proposal_id, uploaded_at);
