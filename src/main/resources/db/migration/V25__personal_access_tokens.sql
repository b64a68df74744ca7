-- Personal access tokens: a person's own secrets for scripts, each limited to scopes (read, write, admin).
-- Only the SHA-256 of a token is kept (hex); the token itself is shown once, when it is made.
create table personal_access_token (
    id           bigint      generated always as identity primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    -- the person's own label for it, 1 to 100 characters on one line
    name         text        not null check (char_length(name) between 1 and 100),
    scopes       text[]      not null check (cardinality(scopes) > 0
                                 and scopes <@ array['read', 'write', 'admin']::text[]),
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null default now(),
    -- null: valid until revoked
    expires_at   timestamptz,
    -- written at most once a minute per token
    last_used_at timestamptz,
    revoked_at   timestamptz,
    -- the account's session version when the token was made: deactivation and a password reset raise the
    -- account's, which ends the token for good (reactivating the account does not revive it)
    session_version integer not null
);

create index personal_access_token_account on personal_access_token (account_id);
