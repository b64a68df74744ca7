-- Departing employees (issue 17, item 6): an admin can pseudonymise a former employee's account on request. The
-- username, display name and e-mail address are replaced by a pseudonym; the account row stays, so their posts,
-- likes and the read audit keep pointing at it. When, and by which admin, is kept. A pseudonymised account is
-- never active again (no one can sign in as it).
alter table account add column pseudonymised_at timestamptz;
alter table account add column pseudonymised_by bigint references account (id);
alter table account add constraint account_pseudonymised_stays_inactive
    check (pseudonymised_at is null or (not active and pseudonymised_by is not null));
