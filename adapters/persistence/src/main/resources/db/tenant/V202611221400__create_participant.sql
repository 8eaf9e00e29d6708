-- Participants (deltagere): people identified by a CPR number who may staff elections.
--
-- The CPR number is never stored in clear (ADR 0017): cpr_sealed holds it encrypted (AES-256-GCM, bound to the
-- municipality), cpr_lookup_key a keyed hash (HMAC-SHA256) that finds a participant by CPR number and makes it unique
-- per municipality, and cpr_masked the form people see (ddmmyy-XXXX, i.e. the birth date, which is stored anyway).
--
-- The cpr_* data columns are the last known answer of the CPR register, fetched at cpr_fetched_at.
create table participant (
    id                uuid          primary key,
    cpr_sealed        varchar(200)  not null,
    cpr_lookup_key    varchar(64)   not null,
    cpr_masked        varchar(11)   not null check (cpr_masked ~ '^[0-9]{6}-XXXX$'),
    first_names       varchar(255)  collate danish not null,
    middle_name       varchar(255)  collate danish,
    last_name         varchar(255)  collate danish not null,
    addressing_name   varchar(255)  not null,
    full_name         varchar(800)  collate danish not null,
    birth_date        date          not null,
    cpr_status        varchar(30)   not null,
    street_address    varchar(255),
    postal_code       varchar(10),
    post_district     varchar(255),
    municipality_code varchar(4),
    co_name           varchar(255),
    foreign_address   varchar(1300),
    foreign_country   integer,
    emigration_date   date,
    citizenship       integer,
    guardianship      varchar(40)   not null,
    address_protected boolean       not null,
    digital_post      varchar(20)   not null,
    cpr_fetched_at    timestamptz   not null,
    mobile            varchar(8)    check (mobile ~ '^[2-9][0-9]{7}$'),
    email             varchar(254),
    created_at        timestamptz   not null,
    version           bigint        not null default 0
);

create unique index participant_cpr_unique on participant (cpr_lookup_key);
create index participant_full_name_idx on participant (full_name, id);

-- Every participant belongs to at least one team (the application keeps that rule; deleting a team that would
-- leave a member without any team is refused).
create table participant_team (
    participant_id uuid not null constraint participant_team_participant_fk
        references participant (id) on delete cascade,
    team_id        uuid not null constraint participant_team_team_fk
        references team (id) on delete cascade,
    primary key (participant_id, team_id)
);

create index participant_team_team_idx on participant_team (team_id);

create table participant_special_diet (
    participant_id  uuid not null constraint participant_special_diet_participant_fk
        references participant (id) on delete cascade,
    special_diet_id uuid not null constraint participant_special_diet_diet_fk
        references special_diet (id) on delete cascade,
    primary key (participant_id, special_diet_id)
);

create index participant_special_diet_diet_idx on participant_special_diet (special_diet_id);

-- Rights granted by the election office: team responsible (teamansvarlig) and work-location responsible
-- (arbejdsstedsansvarlig).
create table team_responsible (
    participant_id uuid not null constraint team_responsible_participant_fk
        references participant (id) on delete cascade,
    team_id        uuid not null constraint team_responsible_team_fk
        references team (id) on delete cascade,
    primary key (participant_id, team_id)
);

create index team_responsible_team_idx on team_responsible (team_id);

create table work_location_responsible (
    participant_id   uuid not null constraint work_location_responsible_participant_fk
        references participant (id) on delete cascade,
    work_location_id uuid not null constraint work_location_responsible_work_location_fk
        references work_location (id) on delete cascade,
    primary key (participant_id, work_location_id)
);

create index work_location_responsible_work_location_idx on work_location_responsible (work_location_id);

-- Comments (kommentarer) of the election office about a participant.
create table participant_comment (
    id             uuid          primary key,
    participant_id uuid          not null constraint participant_comment_participant_fk
        references participant (id) on delete cascade,
    author_id      varchar(255)  not null,
    author_name    varchar(255)  not null,
    written_at     timestamptz   not null,
    text           varchar(2000) not null
);

create index participant_comment_participant_idx on participant_comment (participant_id, written_at desc);
