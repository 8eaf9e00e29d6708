-- Work locations (arbejdssteder) get their full shape: where they are, their voting area (afstemningsområde), a
-- unique title sorted the Danish way, and a version for optimistic locking. The table and its foreign key to the
-- area (on delete restrict: an area that holds work locations cannot be deleted) stay as they were.
alter table work_location
    alter column title type varchar(255) collate danish,
    add column address            varchar(255),
    add column postal_code        varchar(4) check (postal_code ~ '^[0-9]{4}$'),
    add column city               varchar(255),
    add column voting_area_number integer check (voting_area_number > 0),
    add column version            bigint not null default 0;

create unique index work_location_title_unique on work_location (lower(title));
