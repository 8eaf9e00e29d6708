-- Areas (områder) group a municipality's work locations.
create table area (
    id          uuid          primary key,
    name        varchar(255)  not null,
    description varchar(2000),
    version     bigint        not null default 0
);

create unique index area_name_unique on area (lower(name));
