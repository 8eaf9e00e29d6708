-- Tasks (seats, opgaver): one row is one seat for one person. Distribution creates free seats per slot (election,
-- work location, task type, team, day). A seat exists only for what the election and its work location offer: the
-- composite foreign keys refuse a work location outside the election, a task type the location does not do and a team
-- it does not have, and refuse removing any of these while seats depend on them (the application names the refusal).
-- Deleting an election deletes its seats. A person is taken off seats before the person is deleted.
create table task (
    id               uuid        primary key,
    election_id      uuid        not null constraint task_election_fk references election (id) on delete cascade,
    work_location_id uuid        not null,
    task_type_id     uuid        not null,
    team_id          uuid        not null,
    task_date        date        not null,
    participant_id   uuid        constraint task_participant_fk references participant (id),
    status           varchar(20) not null constraint task_status_check
        check (status in ('FREE', 'AWAITING_REPLY', 'ACCEPTED')),
    assigned_at      timestamptz,
    accepted_at      timestamptz,
    version          bigint      not null default 0,
    constraint task_held_exactly_when_taken check ((participant_id is null) = (status = 'FREE')),
    constraint task_election_work_location_fk foreign key (election_id, work_location_id)
        references election_work_location (election_id, work_location_id),
    constraint task_work_location_task_type_fk foreign key (work_location_id, task_type_id)
        references work_location_task_type (work_location_id, task_type_id),
    constraint task_work_location_team_fk foreign key (work_location_id, team_id)
        references work_location_team (work_location_id, team_id)
);

create index task_slot_idx on task (election_id, work_location_id, task_type_id, team_id, task_date);
create index task_work_location_task_type_idx on task (work_location_id, task_type_id);
create index task_work_location_team_idx on task (work_location_id, team_id);
create index task_participant_idx on task (participant_id) where participant_id is not null;
