-- Password reset for local accounts: one row per link Relay made, and the key the links are signed with.

-- A link's token is never stored: only its SHA-256 (token_hash). A row is usable while it is unused, unexpired
-- and its account's newest; a successful reset sets used_at. requested_from is the client address that asked.
create table password_reset (
    id             bigint      generated always as identity primary key,
    account_id     bigint      not null references account (id) on delete cascade,
    token_hash     bytea       not null check (octet_length(token_hash) = 32),
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    used_at        timestamptz,
    requested_from text
);
-- The account's newest link, and its links of the last hour (the per-account mail limit).
create index password_reset_account on password_reset (account_id, created_at);
-- For the clean-up of links long expired.
create index password_reset_expires_at on password_reset (expires_at);

-- The HMAC key reset links are signed with, when relay.password-reset.secret is not set: generated once, shared
-- by every instance and restart.
create table password_reset_key (
    id         boolean     primary key default true check (id),
    secret     bytea       not null check (octet_length(secret) >= 32),
    created_at timestamptz not null default now()
);
