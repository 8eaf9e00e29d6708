-- The audit log (revisionslog): who did what to which object, and when. Never holds a CPR number in clear.
create table audit_entry (
    id           uuid          primary key,
    occurred_at  timestamptz   not null,
    actor_kind   varchar(20)   not null,
    actor_id     varchar(255)  not null,
    actor_name   varchar(255)  not null,
    action       varchar(60)   not null,
    object_type  varchar(60)   not null,
    object_id    varchar(255),
    summary      varchar(4000) not null
);

create index audit_entry_occurred_at_idx on audit_entry (occurred_at desc);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
