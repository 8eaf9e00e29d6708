-- The control schema: the register of tenants (municipalities). Each tenant's data lives in its own schema.
create table tenant (
    id                varchar(40)  primary key,
    name              varchar(255) not null,
    municipality_code char(4)      not null,
    cvr               char(8)      not null,
    settings          jsonb        not null default '{}'::jsonb,
    created_at        timestamptz  not null default now()
);

create table tenant_host (
    host      varchar(253) primary key,
    tenant_id varchar(40)  not null references tenant (id) on delete cascade
);

create index tenant_host_tenant_idx on tenant_host (tenant_id);
