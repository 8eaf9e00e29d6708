-- The task types done at a work location. Deleting a task type or a location removes its links; the application
-- refuses both while an active election contains the location.
create table work_location_task_type (
    work_location_id uuid not null constraint work_location_task_type_work_location_fk
        references work_location (id) on delete cascade,
    task_type_id     uuid not null constraint work_location_task_type_task_type_fk
        references task_type (id) on delete cascade,
    primary key (work_location_id, task_type_id)
);

create index work_location_task_type_task_type_idx on work_location_task_type (task_type_id);

-- Elections are listed latest election day first.
create index election_election_date_idx on election (election_date desc);
