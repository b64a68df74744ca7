-- Posts and threads, topics, mentions, likes, edits, follows, home timelines, the sector and
-- client directory, and the outbox of background work.

create table sector (
    code     text    primary key check (code ~ '^[a-z0-9-]{2,40}$'),
    name_nl  text    not null,
    name_en  text    not null,
    position integer not null
);

insert into sector (code, name_nl, name_en, position) values
    ('ict', 'ICT', 'IT', 1),
    ('finance', 'Financiële dienstverlening', 'Financial services', 2),
    ('healthcare', 'Zorg en welzijn', 'Healthcare and welfare', 3),
    ('education', 'Onderwijs', 'Education', 4),
    ('government', 'Overheid', 'Government', 5),
    ('logistics', 'Transport en logistiek', 'Transport and logistics', 6),
    ('manufacturing', 'Industrie en productie', 'Manufacturing', 7),
    ('construction', 'Bouw en infra', 'Construction and infrastructure', 8),
    ('retail', 'Detailhandel', 'Retail', 9),
    ('hospitality', 'Horeca en toerisme', 'Hospitality and tourism', 10),
    ('engineering', 'Techniek', 'Engineering', 11),
    ('energy', 'Energie', 'Energy', 12),
    ('agriculture', 'Agrarisch en voedsel', 'Agriculture and food', 13),
    ('legal', 'Juridisch', 'Legal', 14),
    ('marketing', 'Marketing en communicatie', 'Marketing and communications', 15),
    ('hr', 'HR en recruitment', 'HR and recruitment', 16),
    ('consultancy', 'Consultancy', 'Consultancy', 17),
    ('security', 'Beveiliging', 'Security services', 18);

create table client (
    id          bigint generated always as identity primary key,
    name        text        not null,
    aliases     text[]      not null default '{}',
    sector_code text        not null references sector (code),
    -- name and aliases folded to lower case without accents, for search
    search_text text        not null,
    -- the folded name, unique: two clients cannot share a name
    name_key    text        not null unique,
    created_at  timestamptz not null default now()
);

create sequence post_id_seq;

create table post (
    id          bigint      primary key default nextval('post_id_seq'),
    author_id   bigint      not null references account (id),
    body        text,
    kind        text        not null default 'note'
                            check (kind in ('note', 'question', 'candidate', 'vacancy', 'signal')),
    group_id    bigint,
    client_id   bigint      references client (id),
    sector_code text        references sector (code),
    in_reply_to bigint      references post (id),
    thread_id   bigint      not null references post (id),
    created_at  timestamptz not null default now(),
    edited_at   timestamptz,
    deleted     boolean     not null default false,
    like_count  integer     not null default 0,
    reply_count integer     not null default 0
);
alter sequence post_id_seq owned by post.id;
create index post_author on post (author_id, id desc);
create index post_thread on post (thread_id, id);
create index post_kind on post (kind, id desc);
create index post_client on post (client_id, id desc) where client_id is not null;
create index post_sector on post (sector_code, id desc) where sector_code is not null;
create index post_group on post (group_id, id desc) where group_id is not null;

create table post_topic (
    post_id bigint not null references post (id) on delete cascade,
    topic   text   not null,
    primary key (post_id, topic)
);
-- text_pattern_ops: prefix searches (LIKE 'abc%') use the index whatever the collation
create index post_topic_topic on post_topic (topic text_pattern_ops, post_id desc);

create table post_mention (
    post_id    bigint not null references post (id) on delete cascade,
    account_id bigint not null references account (id),
    primary key (post_id, account_id)
);
create index post_mention_account on post_mention (account_id, post_id desc);

create table post_version (
    id        bigint generated always as identity primary key,
    post_id   bigint      not null references post (id) on delete cascade,
    body      text        not null,
    -- when this version was written (the post's creation for the first one)
    edited_at timestamptz not null
);
create index post_version_post on post_version (post_id, id);

create table post_like (
    post_id    bigint      not null references post (id) on delete cascade,
    account_id bigint      not null references account (id),
    created_at timestamptz not null default now(),
    primary key (post_id, account_id)
);

create table follow_account (
    follower_id bigint      not null references account (id),
    followee_id bigint      not null references account (id),
    created_at  timestamptz not null default now(),
    primary key (follower_id, followee_id),
    check (follower_id <> followee_id)
);
create index follow_account_followee on follow_account (followee_id);

create table follow_topic (
    follower_id bigint      not null references account (id),
    topic       text        not null,
    created_at  timestamptz not null default now(),
    primary key (follower_id, topic)
);
create index follow_topic_topic on follow_topic (topic);

-- Precomputed home timelines: one row per post that belongs in an account's home feed.
create table timeline_entry (
    account_id bigint not null,
    post_id    bigint not null references post (id) on delete cascade,
    primary key (account_id, post_id)
);

-- Work that must survive a crash, recorded in the same transaction as its cause.
create table outbox_task (
    id         bigint generated always as identity primary key,
    kind       text        not null,
    subject_id bigint      not null,
    payload    text,
    created_at timestamptz not null default now(),
    run_after  timestamptz not null default now(),
    attempts   integer     not null default 0,
    last_error text
);
create index outbox_task_due on outbox_task (run_after, id);
