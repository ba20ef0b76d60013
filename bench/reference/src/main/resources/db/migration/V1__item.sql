create table item (
    id          uuid primary key,
    title       varchar(200) not null,
    department  varchar(100) not null,
    status      varchar(30)  not null,
    summary     text,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index item_updated on item (updated_at desc, id desc);

-- The rows the benchmark reads (bench/run --rows sets how many it expects; 10,000 here, loaded once).
insert into item (id, title, department, status, summary, updated_at)
select md5('item-' || n)::uuid, 'Reference item ' || n, (array['Compute', 'Physics', 'Chemistry'])[1 + n % 3],
       'SUBMITTED', repeat('A summary of about the length a MOOC proposal has. ', 4), now() - n * interval '1 minute'
from generate_series(1, 10000) n;
