-- Polls and praise (issue 20): two new kinds of post, a 'praise' notification for the people thanked, and a
-- poll's options and votes. The check lists are the full lists every part of issue 20 uses.
alter table post drop constraint post_kind_check;
alter table post add constraint post_kind_check
    check (kind in ('note','question','candidate','vacancy','signal','praise','poll','announcement'));
alter table notification drop constraint notification_type_check;
alter table notification add constraint notification_type_check
    check (type in ('mention','reply','alert','group','reminder','interest','match','referral','retention','accepted',
                    'question','praise','announcement','moderation'));

-- One praise notification per person thanked and post, however often the work is retried or the post edited.
create unique index notification_praise_once on notification (recipient_id, post_id) where type = 'praise';

-- A poll: the post's body is the question; it takes votes until closes_at.
create table poll (
    post_id   bigint      primary key references post (id),
    closes_at timestamptz not null
);

-- A poll's options, by their 0-based position; the text is the author's, erased like a post's body.
create table poll_option (
    id       bigserial primary key,
    post_id  bigint    not null references poll (post_id),
    position int       not null check (position between 0 and 9),
    text     text      not null,
    unique (post_id, position)
);

-- One vote per person and poll, changeable until the poll closes.
create table poll_vote (
    post_id    bigint      not null references poll (post_id),
    account_id bigint      not null references account (id),
    option     int         not null,
    voted_at   timestamptz not null,
    primary key (post_id, account_id),
    foreign key (post_id, option) references poll_option (post_id, position)
);
create index poll_vote_account on poll_vote (account_id);

-- Praise on a person's profile: the praise posts that mention them, newest first.
create index post_praise on post (id desc) where kind = 'praise' and not deleted;
