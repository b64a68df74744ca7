-- Sign-in throttling without lockouts: the addresses each account recently signed in from ("familiar"
-- addresses are held back only by their own failures), and the indexes the throttle's queries use.

create table familiar_address (
    account_id   bigint      not null references account (id) on delete cascade,
    address      text        not null,
    signed_in_at timestamptz not null,
    primary key (account_id, address)
);
-- For the hourly clean-up of addresses not signed in from for a long time.
create index familiar_address_signed_in_at on familiar_address (signed_in_at);

-- Failures are now remembered for a day, not 15 minutes: the hourly clean-up finds old ones by time.
create index login_failure_failed_at on login_failure (failed_at);
