-- The teams that staff the tasks of a work location. Deleting a team or a location removes its links; the
-- application refuses both while an active election contains the location.
create table work_location_team (
    work_location_id uuid not null constraint work_location_team_work_location_fk
        references work_location (id) on delete cascade,
    team_id          uuid not null constraint work_location_team_team_fk
        references team (id) on delete cascade,
    primary key (work_location_id, team_id)
);

create index work_location_team_team_idx on work_location_team (team_id);

-- The work locations that take part in an election. The election use cases arrive with the election work; the
-- table exists now because the work-location and team rules depend on it (nothing changes while an election that
-- contains the location is active).
create table election_work_location (
    election_id      uuid not null references election (id) on delete cascade,
    work_location_id uuid not null references work_location (id) on delete cascade,
    primary key (election_id, work_location_id)
);

create index election_work_location_work_location_idx on election_work_location (work_location_id);
