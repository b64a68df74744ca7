-- Email in: each person's secret address to post by mail (post+<secret>@<mail-in domain>), for mail that does
-- not come through the company's trusted mail server. Renewing replaces the secret; the old address stops.
create table mail_secret (
    account_id bigint      primary key references account (id) on delete cascade,
    secret     text        not null unique check (secret ~ '^[a-z0-9]{20,40}$'),
    created_at timestamptz not null default now()
);
