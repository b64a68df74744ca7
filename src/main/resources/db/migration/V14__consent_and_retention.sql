-- Consent and retention (issue 17, items 1 and 2). Consent says whether the person agreed, when and how they were
-- informed (Art. 14) and where they came from; retention anonymises the person once their procedure is over: the
-- anonymous profile, the post and the conversation stay.

-- How the candidate was informed; the source, once free text saying how, is now one of a list for new offers
-- (own-network, job-board, referral, linkedin, website, other). Old free-text sources stay as they were.
alter table candidate_person add column consent_informed_how text
    check (consent_informed_how in ('email', 'phone', 'in-person', 'letter', 'other'));
-- When retention anonymised the person: name replaced by a marker, email, phone and keys gone.
alter table candidate_person add column anonymised_at timestamptz;

-- The referrer says whether the person agreed; referrals made before this know nothing of consent (null).
alter table referral_person add column consent_given boolean;
alter table referral_person add column consent_informed_at timestamptz;
alter table referral_person add column consent_informed_how text
    check (consent_informed_how in ('email', 'phone', 'in-person', 'letter', 'other'));
alter table referral_person add column consent_source text not null default 'referral';
alter table referral_person add column anonymised_at timestamptz;

-- When an offer or a vacancy closed (placed or withdrawn; filled or closed), set once as it closes, never moved by
-- an edit: retention counts from here. The trigger fills it where the application did not.
alter table candidate add column closed_at timestamptz;
alter table vacancy add column closed_at timestamptz;
update candidate set closed_at = last_activity_at where status in ('placed', 'withdrawn');
update vacancy set closed_at = changed_at where status in ('filled', 'closed');

create function record_closed_at() returns trigger language plpgsql as $$
begin
    if new.status in ('placed', 'withdrawn', 'filled', 'closed') then
        if old.status is distinct from new.status or new.closed_at is null then
            new.closed_at := coalesce(new.closed_at, now());
        end if;
    else
        new.closed_at := null;
    end if;
    return new;
end $$;

create trigger candidate_closed_at before update of status, closed_at on candidate for each row
    execute function record_closed_at();
create trigger vacancy_closed_at before update of status, closed_at on vacancy for each row
    execute function record_closed_at();

-- A legal hold suspends anonymisation of one candidate's or referral's person until an admin lifts it.
create table legal_hold (
    subject_kind text        not null check (subject_kind in ('candidate', 'referral')),
    subject_id   bigint      not null,
    reason       text        not null,
    placed_by    bigint      not null references account (id),
    placed_at    timestamptz not null,
    primary key (subject_kind, subject_id)
);

-- Every anonymisation, so it can be shown and counted; no personal data in it.
create table anonymisation (
    id           bigint      generated always as identity primary key,
    subject_kind text        not null check (subject_kind in ('candidate', 'referral')),
    subject_id   bigint      not null,
    at           timestamptz not null,
    reason       text        not null check (reason in ('retention', 'erasure'))
);
create index anonymisation_subject on anonymisation (subject_kind, subject_id);
create index anonymisation_at on anonymisation (at desc);

-- The owner was warned that the person behind this post (a candidate's, or a vacancy's referrals) is due on this
-- moment: once per post and due moment, however often the job runs.
create table retention_warning (
    post_id   bigint      not null references post (id),
    due_at    timestamptz not null,
    warned_at timestamptz not null,
    primary key (post_id, due_at)
);

-- A retention warning: the post is the owner's candidate or vacancy, due_at when its person(s) will be anonymised.
alter table notification drop constraint notification_type_check;
alter table notification add constraint notification_type_check
    check (type in ('mention', 'reply', 'alert', 'group', 'reminder', 'interest', 'match', 'referral', 'retention'));
alter table notification add column due_at timestamptz;
