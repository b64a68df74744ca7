-- Term alerts: a saved query of one person, or of a group (a team alert, for every member), matched
-- against every new and edited post.
create sequence alert_revision;

create table alert (
    id             bigint generated always as identity primary key,
    owner_id       bigint      references account (id),
    group_id       bigint      references relay_group (id),
    created_by     bigint      not null references account (id),
    name           text        not null,
    query          text        not null,
    frequency      text        not null check (frequency in ('instant', 'daily', 'weekly')),
    channels       text[]      not null check (channels <@ array['app', 'email']),
    -- the private Atom feed's secret; renewing it revokes the old feed address
    feed_token     text        not null unique,
    -- from alert_revision, renewed on every change: how each instance's matcher learns what to reload
    revision       bigint      not null default nextval('alert_revision'),
    created_at     timestamptz not null default now(),
    changed_at     timestamptz not null default now(),
    check ((owner_id is null) <> (group_id is null))
);
create index alert_owner on alert (owner_id, id) where owner_id is not null;
create index alert_group on alert (group_id, id) where group_id is not null;
create index alert_revision_order on alert (revision);
create index alert_changed on alert (changed_at);

-- The posts an alert matched, kept so its list, feed and digest can be read back.
create table alert_match (
    alert_id   bigint      not null references alert (id) on delete cascade,
    post_id    bigint      not null references post (id),
    matched_at timestamptz not null default now(),
    primary key (alert_id, post_id)
);
create index alert_match_recent on alert_match (matched_at);

-- An alert notification names its alert; deleting the alert takes its notifications along.
alter table notification add constraint notification_alert foreign key (alert_id) references alert (id)
    on delete cascade;
create index notification_by_alert on notification (alert_id) where alert_id is not null;
-- One notification per person, alert and post however often matching is retried.
create unique index notification_alert_once on notification (recipient_id, alert_id, post_id)
    where type = 'alert' and post_id is not null;
-- An alert that only mails (no 'app' channel) still records who was told, but shows nothing in the app.
alter table notification add column in_app boolean not null default true;
-- A daily or weekly alert's summary in the app: how many new posts matched in the period.
alter table notification add column match_count integer;

-- Up to when a person's daily and weekly alert digests were collected.
create table alert_digest (
    account_id bigint      not null references account (id),
    frequency  text        not null check (frequency in ('daily', 'weekly')),
    sent_until timestamptz not null,
    primary key (account_id, frequency)
);
