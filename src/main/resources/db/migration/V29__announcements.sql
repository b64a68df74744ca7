-- Announcements (issue 20): a must-read post from an admin or the communications role to everyone or to one
-- group, pinned at the top of each addressee's home feed until acknowledged or expired. The addressees are the
-- 'announcement' notifications a background fan-out writes in batches; their acknowledged_at is the receipt.

alter table post drop constraint post_kind_check;
alter table post add constraint post_kind_check
    check (kind in ('note','question','candidate','vacancy','signal','praise','poll','announcement'));

alter table notification drop constraint notification_type_check;
alter table notification add constraint notification_type_check
    check (type in ('mention','reply','alert','group','reminder','interest','match','referral','retention','accepted',
                    'question','praise','announcement','moderation'));

create table announcement (
    post_id        bigint      primary key references post (id),
    -- no longer pinned from this moment on; null: pinned until acknowledged
    expires_at     timestamptz,
    -- the audience is fixed at posting: accounts (and, for a group, memberships) that existed at this moment
    audience_at    timestamptz not null default now(),
    -- when the fan-out reached the last addressee; null while it runs
    fanned_out_at  timestamptz
);

-- One announcement notification per person and post, however often the fan-out is retried.
create unique index notification_announcement_once on notification (recipient_id, post_id)
    where type = 'announcement';
-- The pinned announcements of one reader: those not yet acknowledged.
create index notification_announcement_pinned on notification (recipient_id, post_id)
    where type = 'announcement' and acknowledged_at is null;
