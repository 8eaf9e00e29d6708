-- Files uploaded by admins (PDF guides attached to task types, later more), stored in the municipality's own schema.
-- A file is reached only through what it is attached to (task_type_file), never by its id alone.
create table file (
    id            uuid         primary key,
    original_name varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null,
    content       bytea        not null,
    created_at    timestamptz  not null default now(),
    check (octet_length(content) = size_bytes)
);

-- Task types (opgavetyper). A duplicate is only the same title, short name, start and end time (case-insensitive).
create table task_type (
    id                      uuid         primary key,
    title                   varchar(255) collate danish not null,
    short_name              varchar(50)  collate danish not null,
    description             text         not null default '',
    start_time              time         not null,
    end_time                time         not null,
    payment                 integer      check (payment >= 0),
    validation_not_required boolean      not null default false,
    trusted                 boolean      not null default false,
    send_reminder           boolean      not null default false,
    version                 bigint       not null default 0,
    check (start_time < end_time)
);

create unique index task_type_duplicate_unique on task_type (lower(title), lower(short_name), start_time, end_time);

-- The files of a task type, in the order they were added. Deleting the file deletes the link.
create table task_type_file (
    task_type_id uuid        not null references task_type (id) on delete cascade,
    file_id      uuid        not null unique references file (id) on delete cascade,
    position     bigserial   not null,
    primary key (task_type_id, file_id)
);
