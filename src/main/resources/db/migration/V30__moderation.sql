-- Moderation (issue 20, part 5): reports on posts, a queue for moderators, hidden posts and an audit trail.

-- A hidden post is shown only to its author (with the reason) and to moderators on the moderation paths; replies
-- carry their root's state, as they carry its group (see PostVisibility).
alter table post add column hidden_at     timestamptz;
alter table post add column hidden_by     bigint references account (id);
alter table post add column hidden_reason text;
alter table post add constraint post_hidden_complete
    check ((hidden_at is null) = (hidden_reason is null) and (hidden_at is null) = (hidden_by is null));
create index post_hidden on post (id) where hidden_at is not null;

-- One item of the moderation queue: a post reported, until a moderator hides it or dismisses the report. The author
-- of a hidden post may ask for review: the same report opens again (review_asked_at) until restored or kept hidden.
create table moderation_report (
    id              bigint      generated always as identity primary key,
    post_id         bigint      not null references post (id),
    status          text        not null check (status in ('open', 'hidden', 'dismissed')),
    opened_at       timestamptz not null,
    review_asked_at timestamptz,
    decided_at      timestamptz,
    decided_by      bigint      references account (id)
);
-- At most one open report per post: every reporter's reason joins it.
create unique index moderation_report_open on moderation_report (post_id) where status = 'open';
create index moderation_report_queue on moderation_report (status, id);

-- Why each person reported: one reason per person per report.
create table moderation_reason (
    id          bigint      generated always as identity primary key,
    report_id   bigint      not null references moderation_report (id),
    reporter_id bigint      not null references account (id),
    reason      text        not null,
    created_at  timestamptz not null,
    unique (report_id, reporter_id)
);

-- Every moderation action and every read of a post someone could otherwise not read (a private group's post in the
-- queue, the legal archive): who, what, when, which post, why, and by which path.
create table moderation_audit (
    id        bigint      generated always as identity primary key,
    at        timestamptz not null,
    actor_id  bigint      not null references account (id),
    action    text        not null check (action in ('reported', 'hidden', 'dismissed', 'review-asked', 'restored',
                                                     'kept-hidden', 'read')),
    post_id   bigint      references post (id),
    report_id bigint      references moderation_report (id),
    reason    text,
    path      text        check (path in ('queue', 'archive')),
    -- for a read of the legal archive: the window exported
    detail    text
);
create index moderation_audit_newest on moderation_audit (id desc);

-- A moderator hid the recipient's post (the reason is on the post, shown to its author).
alter table notification drop constraint notification_type_check;
alter table notification add constraint notification_type_check check (type in ('mention','reply','alert','group','reminder','interest','match','referral','retention','accepted','question','praise','announcement','moderation'));
