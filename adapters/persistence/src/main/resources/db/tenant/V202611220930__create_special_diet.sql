-- Danish sort order (Æ, Ø, Å after Z; "aa" as "å") for names that are listed and paged by the database.
create collation if not exists danish (provider = icu, locale = 'da-DK');

-- Special diets (specialkost) that participants can state.
create table special_diet (
    id      uuid         primary key,
    title   varchar(255) collate danish not null,
    version bigint       not null default 0
);

create unique index special_diet_title_unique on special_diet (lower(title));
