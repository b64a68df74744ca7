-- The read audit (issue 17, item 5): who read a person's details (a candidate's or a referral's), when, and
-- through which channel. Append-only: the application only inserts; the retention purge is the one thing that
-- deletes, and it says so with "set local relay.audit_purge = 'on'". No update, ever.

create table person_read (
    id           bigint      generated always as identity primary key,
    at           timestamptz not null,
    -- the account that read; accounts are deactivated, never deleted, so the audit keeps naming them
    reader_id    bigint      not null references account (id),
    -- no foreign key to the subject: erasing a candidate or referral must not erase who read it
    subject_kind text        not null check (subject_kind in ('candidate', 'referral')),
    subject_id   bigint      not null,
    channel      text        not null check (channel in ('api', 'page', 'read'))
);

-- Newest first, over everything, per subject and per reader; the purge walks the first.
create index person_read_newest on person_read (at desc, id desc);
create index person_read_subject on person_read (subject_kind, subject_id, at desc, id desc);
create index person_read_reader on person_read (reader_id, at desc, id desc);

create function person_read_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('relay.audit_purge', true), '') = 'on' then
        return old;
    end if;
    raise exception 'person_read is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger person_read_append_only before update or delete on person_read for each row
    execute function person_read_append_only();

create function person_read_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'person_read is append-only: TRUNCATE refused' using errcode = 'insufficient_privilege';
end $$;

create trigger person_read_no_truncate before truncate on person_read for each statement
    execute function person_read_no_truncate();
