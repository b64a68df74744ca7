-- Notifications: addressed posts (must-read, with read and acknowledged times as receipts), replies in
-- threads someone is part of, group requests and approvals, reminders, and (later) term alerts.
create table notification (
    id              bigint generated always as identity primary key,
    recipient_id    bigint      not null references account (id),
    type            text        not null check (type in ('mention', 'reply', 'alert', 'group', 'reminder')),
    post_id         bigint      references post (id),
    actor_id        bigint      references account (id),
    group_id        bigint      references relay_group (id),
    alert_id        bigint,
    -- for a group notification: 'join-request' (to the group's managers) or 'admitted' (to the new member)
    group_event     text check (group_event in ('join-request', 'admitted')),
    must_read       boolean     not null default false,
    created_at      timestamptz not null default now(),
    read_at         timestamptz,
    acknowledged_at timestamptz,
    -- when it went out by email (instant delivery), so a retried job never mails it twice
    emailed_at      timestamptz
);
-- One mention, reply or reminder per person and post, however often the work is retried.
create unique index notification_once on notification (recipient_id, type, post_id)
    where type in ('mention', 'reply', 'reminder');
create index notification_recipient on notification (recipient_id, id desc);
create index notification_unread on notification (recipient_id, id desc) where read_at is null;
create index notification_post on notification (post_id, recipient_id) where post_id is not null;
create index notification_reminder_due on notification (created_at) where type = 'mention' and read_at is null;

-- Following (muted false) or muting (muted true) a thread, by its root.
create table thread_subscription (
    account_id bigint  not null references account (id),
    thread_id  bigint  not null references post (id),
    muted      boolean not null,
    primary key (account_id, thread_id)
);

-- Threads mailed to someone since they last read them: at most one instant mail per thread until read.
create table mailed_thread (
    account_id bigint      not null references account (id),
    thread_id  bigint      not null references post (id),
    mailed_at  timestamptz not null default now(),
    primary key (account_id, thread_id)
);

-- When the last digest was claimed for someone; a digest is due a day (or week) later.
alter table account add column digest_sent_at timestamptz;
