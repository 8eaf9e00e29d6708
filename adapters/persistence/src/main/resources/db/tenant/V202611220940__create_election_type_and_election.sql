-- Election types (valgtyper) and the eligibility rules their elections apply.
create table election_type (
    id      uuid         primary key,
    title   varchar(255) collate danish not null,
    version bigint       not null default 0
);

create unique index election_type_title_unique on election_type (lower(title));

create table election_type_rule (
    election_type_id uuid        not null references election_type (id) on delete cascade,
    rule             varchar(40) not null
        check (rule in ('AGE_18_ON_TASK_DATE', 'DANISH_CITIZENSHIP', 'RESIDENT_IN_MUNICIPALITY', 'NOT_UNDER_GUARDIANSHIP')),
    primary key (election_type_id, rule)
);

-- Elections (valg). The election use cases arrive with the election slice; the table exists now so that an election
-- type in use cannot be deleted, in the database as well (on delete restrict).
create table election (
    id               uuid         primary key,
    title            varchar(255) collate danish not null,
    election_type_id uuid         not null references election_type (id) on delete restrict,
    lock_period_days integer      not null check (lock_period_days > 0),
    period_start     date         not null,
    period_end       date         not null,
    election_date    date         not null,
    active           boolean      not null default false,
    version          bigint       not null default 0,
    check (period_start < period_end)
);

create unique index election_title_date_unique on election (lower(title), election_date);
create index election_election_type_idx on election (election_type_id);
