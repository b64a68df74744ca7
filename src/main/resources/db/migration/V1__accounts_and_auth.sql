-- Accounts, token signing keys, revoked tokens and failed sign-ins.

create table account (
    id              bigint generated always as identity primary key,
    username        text        not null unique check (username ~ '^[a-z0-9._-]{2,30}$'),
    display_name    text        not null,
    email           text        not null,
    password_hash   text        not null,
    roles           text[]      not null default '{employee}',
    active          boolean     not null default true,
    session_version integer     not null default 0,
    -- username and display name folded to lower case without accents, for the directory search
    search_text     text        not null default '',
    created_at      timestamptz not null default now()
);

-- One RS256 key pair shared by every instance; row id 1 is the current one.
create table signing_key (
    id          smallint    primary key,
    private_key text        not null,
    public_key  text        not null,
    created_at  timestamptz not null default now()
);

create table revoked_token (
    jti        text        primary key,
    expires_at timestamptz not null
);
create index revoked_token_expires_at on revoked_token (expires_at);

create table login_failure (
    id        bigint generated always as identity primary key,
    username  text        not null,
    address   text        not null,
    failed_at timestamptz not null default now()
);
create index login_failure_username on login_failure (username, failed_at);
create index login_failure_address on login_failure (address, failed_at);
