-- Recruitment work: candidate offers (the anonymous profile apart from the person's details), vacancies,
-- interest, access grants, proposals (never twice to one client), referrals, match notifications, client
-- signals, watched, merged and archived clients, and the regions people work in.

-- Where work is: the Dutch provinces, the large cities, and remote work.
create table region (
    code     text    primary key check (code ~ '^[a-z0-9-]{2,40}$'),
    name_nl  text    not null,
    name_en  text    not null,
    -- 'province', 'city' or 'remote'
    type     text    not null check (type in ('province', 'city', 'remote')),
    -- the province a city lies in (a city fits work in its province and the other way round)
    province text    references region (code),
    position integer not null
);

insert into region (code, name_nl, name_en, type, province, position) values
    ('groningen', 'Groningen (provincie)', 'Groningen (province)', 'province', null, 1),
    ('friesland', 'Friesland', 'Friesland', 'province', null, 2),
    ('drenthe', 'Drenthe', 'Drenthe', 'province', null, 3),
    ('overijssel', 'Overijssel', 'Overijssel', 'province', null, 4),
    ('flevoland', 'Flevoland', 'Flevoland', 'province', null, 5),
    ('gelderland', 'Gelderland', 'Gelderland', 'province', null, 6),
    ('utrecht', 'Utrecht (provincie)', 'Utrecht (province)', 'province', null, 7),
    ('noord-holland', 'Noord-Holland', 'North Holland', 'province', null, 8),
    ('zuid-holland', 'Zuid-Holland', 'South Holland', 'province', null, 9),
    ('zeeland', 'Zeeland', 'Zeeland', 'province', null, 10),
    ('noord-brabant', 'Noord-Brabant', 'North Brabant', 'province', null, 11),
    ('limburg', 'Limburg', 'Limburg', 'province', null, 12),
    ('amsterdam', 'Amsterdam', 'Amsterdam', 'city', 'noord-holland', 20),
    ('rotterdam', 'Rotterdam', 'Rotterdam', 'city', 'zuid-holland', 21),
    ('den-haag', 'Den Haag', 'The Hague', 'city', 'zuid-holland', 22),
    ('utrecht-stad', 'Utrecht (stad)', 'Utrecht (city)', 'city', 'utrecht', 23),
    ('eindhoven', 'Eindhoven', 'Eindhoven', 'city', 'noord-brabant', 24),
    ('groningen-stad', 'Groningen (stad)', 'Groningen (city)', 'city', 'groningen', 25),
    ('tilburg', 'Tilburg', 'Tilburg', 'city', 'noord-brabant', 26),
    ('almere', 'Almere', 'Almere', 'city', 'flevoland', 27),
    ('breda', 'Breda', 'Breda', 'city', 'noord-brabant', 28),
    ('nijmegen', 'Nijmegen', 'Nijmegen', 'city', 'gelderland', 29),
    ('apeldoorn', 'Apeldoorn', 'Apeldoorn', 'city', 'gelderland', 30),
    ('arnhem', 'Arnhem', 'Arnhem', 'city', 'gelderland', 31),
    ('haarlem', 'Haarlem', 'Haarlem', 'city', 'noord-holland', 32),
    ('enschede', 'Enschede', 'Enschede', 'city', 'overijssel', 33),
    ('amersfoort', 'Amersfoort', 'Amersfoort', 'city', 'utrecht', 34),
    ('den-bosch', '''s-Hertogenbosch', '''s-Hertogenbosch', 'city', 'noord-brabant', 35),
    ('zwolle', 'Zwolle', 'Zwolle', 'city', 'overijssel', 36),
    ('leiden', 'Leiden', 'Leiden', 'city', 'zuid-holland', 37),
    ('maastricht', 'Maastricht', 'Maastricht', 'city', 'limburg', 38),
    ('leeuwarden', 'Leeuwarden', 'Leeuwarden', 'city', 'friesland', 39),
    ('remote', 'Op afstand', 'Remote', 'remote', null, 50);

-- A client signal says what changed at the client; a new signal needs both (older posts may lack them).
alter table post add column signal_type text
    check (signal_type in ('leaving', 'new-manager', 'reorganisation', 'growth', 'tender', 'complaint', 'other'));
alter table post add constraint post_signal_complete
    check (kind <> 'signal' or (signal_type is not null and client_id is not null)) not valid;
alter table post add constraint post_signal_only_on_signals check (signal_type is null or kind = 'signal');

-- A merged client points at the client that took its place; an archived client takes no new work.
alter table client add column merged_into bigint references client (id);
alter table client add column archived boolean not null default false;
alter table client add check (merged_into is null or archived);

-- A candidate on offer: the anonymous profile, which its post shows. The person is in candidate_person.
create table candidate (
    id              bigint generated always as identity primary key,
    post_id         bigint      not null unique references post (id),
    owner_id        bigint      not null references account (id),
    title           text        not null,
    summary         text        not null,
    skills          text[]      not null,
    seniority       text        check (seniority in ('junior', 'medior', 'senior', 'lead')),
    available_from  date        not null,
    hours_per_week  integer     not null check (hours_per_week between 1 and 60),
    region_code     text        not null references region (code),
    -- euros per hour
    rate            integer     check (rate between 1 and 10000),
    contract_types  text[]      not null
                                check (contract_types <@ array['interim', 'permanent', 'secondment', 'freelance']
                                       and cardinality(contract_types) > 0),
    client_id       bigint      references client (id),
    sector_code     text        references sector (code),
    group_id        bigint      references relay_group (id),
    status          text        not null default 'available'
                                check (status in ('available', 'in-process', 'placed', 'withdrawn')),
    created_at      timestamptz not null,
    last_activity_at timestamptz not null,
    expires_at      timestamptz not null
);
create index candidate_owner on candidate (owner_id, id desc);
create index candidate_status on candidate (status, id desc);
create index candidate_skills on candidate using gin (skills);
create index candidate_region on candidate (region_code, id desc);

-- The person behind a candidate offer: personal data, read only by the owner and those granted access.
create table candidate_person (
    candidate_id        bigint      primary key references candidate (id) on delete cascade,
    name                text        not null,
    email               text,
    phone               text,
    -- normalised for finding the same person offered twice: lower-case email, phone digits as +31...
    email_key           text,
    phone_key           text,
    -- the name folded (lower case, no accents, words sorted) for possible duplicates
    name_key            text        not null,
    consent_given       boolean     not null,
    consent_informed_at timestamptz,
    consent_source      text        not null
);
create index candidate_person_email on candidate_person (email_key) where email_key is not null;
create index candidate_person_phone on candidate_person (phone_key) where phone_key is not null;
create index candidate_person_name on candidate_person (name_key);

-- Colleagues the owner let read the person's details; revoking deletes the row.
create table candidate_access (
    candidate_id bigint      not null references candidate (id) on delete cascade,
    account_id   bigint      not null references account (id),
    granted_by   bigint      not null references account (id),
    granted_at   timestamptz not null,
    primary key (candidate_id, account_id)
);

-- A vacancy at a client, posted by a recruiter.
create table vacancy (
    id              bigint generated always as identity primary key,
    post_id         bigint      not null unique references post (id),
    owner_id        bigint      not null references account (id),
    client_id       bigint      not null references client (id),
    title           text        not null,
    description     text        not null,
    skills          text[]      not null,
    region_code     text        not null references region (code),
    hours_per_week  integer     not null check (hours_per_week between 1 and 60),
    contract_type   text        not null check (contract_type in ('interim', 'permanent', 'secondment', 'freelance')),
    rate            integer     check (rate between 1 and 10000),
    group_id        bigint      references relay_group (id),
    status          text        not null default 'open' check (status in ('open', 'on-hold', 'filled', 'closed')),
    created_at      timestamptz not null,
    changed_at      timestamptz not null
);
create index vacancy_client on vacancy (client_id, id desc);
create index vacancy_status on vacancy (status, id desc);
create index vacancy_skills on vacancy using gin (skills);

-- "I have a job for this person": a recruiter's interest in a candidate, perhaps for one of their vacancies.
create table candidate_interest (
    id           bigint generated always as identity primary key,
    candidate_id bigint      not null references candidate (id) on delete cascade,
    account_id   bigint      not null references account (id),
    vacancy_id   bigint      references vacancy (id),
    note         text        not null,
    created_at   timestamptz not null
);
create index candidate_interest_candidate on candidate_interest (candidate_id, id);

-- A candidate proposed to a vacancy. Never twice to one client, by anyone: client_id is the vacancy's client
-- (after merges, the surviving client); a proposal that became a second one by a merge is marked so.
create table proposal (
    id           bigint generated always as identity primary key,
    vacancy_id   bigint      not null references vacancy (id),
    candidate_id bigint      not null references candidate (id),
    client_id    bigint      not null references client (id),
    proposed_by  bigint      not null references account (id),
    proposed_at  timestamptz not null,
    status       text        not null default 'proposed'
                             check (status in ('proposed', 'interview', 'hired', 'rejected')),
    changed_at   timestamptz not null,
    -- set when a client merge made this the second proposal of the candidate to one client
    duplicate_of bigint      references proposal (id)
);
create unique index proposal_once_per_client on proposal (candidate_id, client_id) where duplicate_of is null;
create index proposal_vacancy on proposal (vacancy_id, id);
create index proposal_client on proposal (client_id, id desc);

-- Someone an employee knows, referred to a vacancy. The person is in referral_person.
create table referral (
    id          bigint generated always as identity primary key,
    vacancy_id  bigint      not null references vacancy (id),
    referrer_id bigint      not null references account (id),
    created_at  timestamptz not null
);
create index referral_vacancy on referral (vacancy_id, id);

create table referral_person (
    referral_id bigint primary key references referral (id) on delete cascade,
    name        text   not null,
    email       text,
    note        text   not null
);

-- Watching a client is an alert on it; the alert remembers which client it watches.
alter table alert add column watched_client_id bigint references client (id);
create unique index alert_watch_once on alert (owner_id, watched_client_id) where watched_client_id is not null;

-- New notification types: interest in your candidate, a match for your candidate or vacancy, a referral to
-- your vacancy. related_post_id is the owner's own candidate or vacancy post a match is for.
alter table notification drop constraint notification_type_check;
alter table notification add constraint notification_type_check
    check (type in ('mention', 'reply', 'alert', 'group', 'reminder', 'interest', 'match', 'referral'));
alter table notification add column related_post_id bigint references post (id);
create unique index notification_match_once on notification (recipient_id, post_id, related_post_id)
    where type = 'match';

-- A status change of a candidate or vacancy changes what search finds (status:), so the post is indexed again.
create function search_reindex_own_post() returns trigger language plpgsql as $$
begin
    insert into search_reindex (post_id) values (new.post_id) on conflict do nothing;
    return null;
end $$;

create trigger candidate_search_terms after update on candidate for each row
    when (old.status is distinct from new.status or old.skills is distinct from new.skills
          or old.region_code is distinct from new.region_code)
    execute function search_reindex_own_post();

create trigger vacancy_search_terms after update on vacancy for each row
    when (old.status is distinct from new.status or old.skills is distinct from new.skills
          or old.region_code is distinct from new.region_code)
    execute function search_reindex_own_post();
