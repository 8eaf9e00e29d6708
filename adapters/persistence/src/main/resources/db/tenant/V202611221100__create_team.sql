-- Teams: parties, municipal departments and volunteers, whose members staff the tasks of work locations.
create table team (
    id          uuid          primary key,
    name        varchar(255)  collate danish not null,
    short_name  varchar(50)   collate danish not null,
    description varchar(2000),
    version     bigint        not null default 0
);

create unique index team_name_unique on team (lower(name));
