-- Participant-facing content written by the election office (ekstern hjemmeside): the front page, the FAQ, the
-- disclosure statement (oplysningserklæring) and the declaration of consent (samtykkeerklæring), one row per kind
-- once written. Rich text is stored sanitized; the consent text is plain text. Versions start at 1 (0 = never saved).
create table web_page (
    kind       varchar(40)  primary key
        check (kind in ('FRONT_PAGE', 'FAQ', 'DISCLOSURE_STATEMENT', 'CONSENT_DECLARATION')),
    title      varchar(255),
    content    text         not null default '',
    active     boolean      not null default false,
    version    bigint       not null check (version > 0),
    updated_at timestamptz  not null default now(),
    check (kind = 'FRONT_PAGE' or title is null),
    check (kind <> 'FRONT_PAGE' or title is not null),
    check (not active or content <> '')
);

-- How participants reach the election office: one row once written. E-mail or Digital Post link (or both).
create table contact_information (
    id                smallint      primary key default 1 check (id = 1),
    municipality_name varchar(255)  not null,
    department        varchar(255)  not null,
    address           varchar(255)  not null,
    postal_code       varchar(4)    not null check (postal_code ~ '^[0-9]{4}$'),
    city              varchar(255)  not null,
    phone             varchar(30),
    email             varchar(254),
    digital_post_url  varchar(2000) check (digital_post_url like 'https://%'),
    version           bigint        not null check (version > 0),
    updated_at        timestamptz   not null default now(),
    check (email is not null or digital_post_url is not null)
);

-- The municipality's SVG logo, stored in the file table and reached only through this one row (which always exists,
-- so that uploads can lock it).
create table contact_logo (
    id      smallint primary key default 1 check (id = 1),
    file_id uuid     unique references file (id) on delete set null
);

insert into contact_logo (id) values (1);
