-- Groups: public ones anyone joins and reads; private ones whose posts, members and topics only
-- members see. Archived groups keep their posts but take no new posts or members.
create table relay_group (
    id          bigint generated always as identity primary key,
    name        text        not null,
    -- the name folded to lower case without accents: names are unique in that form
    name_key    text        not null unique,
    description text        not null default '',
    visibility  text        not null check (visibility in ('public', 'private')),
    archived    boolean     not null default false,
    created_by  bigint      not null references account (id),
    created_at  timestamptz not null default now()
);

create table group_member (
    group_id   bigint      not null references relay_group (id),
    account_id bigint      not null references account (id),
    role       text        not null check (role in ('owner', 'admin', 'member')),
    joined_at  timestamptz not null default now(),
    primary key (group_id, account_id)
);
create index group_member_account on group_member (account_id, group_id);

-- Asking to join a private group; gone once approved or rejected.
create table group_join_request (
    group_id     bigint      not null references relay_group (id),
    account_id   bigint      not null references account (id),
    requested_at timestamptz not null default now(),
    primary key (group_id, account_id)
);

alter table post add constraint post_group_fk foreign key (group_id) references relay_group (id);
