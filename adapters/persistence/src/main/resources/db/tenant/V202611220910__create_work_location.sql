-- Work locations (arbejdssteder: polling stations, counting sites). Only the columns the area rules need exist so
-- far; the admin-configuration work adds address, voting area, task types and teams. The foreign key keeps the
-- rule "an area with work locations cannot be deleted" true in the database as well.
create table work_location (
    id      uuid         primary key,
    area_id uuid         not null references area (id) on delete restrict,
    title   varchar(255) not null
);

create index work_location_area_idx on work_location (area_id);
