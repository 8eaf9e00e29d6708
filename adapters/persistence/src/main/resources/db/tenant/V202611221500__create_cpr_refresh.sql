-- The periodic CPR refresh (issue 4, item 8).
--
-- cpr_refresh_run: one pass over the municipality's participants in id order. last_participant_id is the progress:
-- a pass interrupted by a restart or an outage of the register continues after it. At most one pass is open.
create table cpr_refresh_run (
    id                  uuid        primary key,
    started_at          timestamptz not null,
    finished_at         timestamptz,
    last_participant_id uuid,
    participants        integer     not null default 0,
    eligible            integer     not null default 0,
    ineligible          integer     not null default 0,
    not_in_cpr          integer     not null default 0,
    changed             integer     not null default 0
);

create unique index cpr_refresh_run_one_open on cpr_refresh_run ((finished_at is null)) where finished_at is null;

-- The latest re-check of a participant for an active election. The task capability finds the seats that would fail
-- here (outcome <> 'ELIGIBLE') to remove them and tell the person. eligibility_day is the day the rules were judged
-- on: the election day (once tasks exist, each seat's task date). failed_rules: Ineligibility names, comma-separated.
create table participant_validation (
    participant_id  uuid        not null constraint participant_validation_participant_fk
        references participant (id) on delete cascade,
    election_id     uuid        not null constraint participant_validation_election_fk
        references election (id) on delete cascade,
    eligibility_day date        not null,
    checked_at      timestamptz not null,
    outcome         varchar(20) not null check (outcome in ('ELIGIBLE', 'INELIGIBLE', 'NOT_IN_CPR')),
    failed_rules    varchar(200),
    primary key (participant_id, election_id)
);

create index participant_validation_failing_idx on participant_validation (election_id) where outcome <> 'ELIGIBLE';
