-- Erasure on request (issue 17, AVG art. 17): who erased when, and what was found and changed where. The report
-- holds counts and row ids, never the person's name, email or phone.
create table erasure (
    id     bigint      generated always as identity primary key,
    at     timestamptz not null,
    -- the privacy officer or admin who answered the request; accounts are never deleted
    by_id  bigint      not null references account (id),
    report jsonb       not null
);
create index erasure_newest on erasure (at desc, id desc);

-- The posts an erasure rewrote, for the legal archive: such a post says it was erased, when and by which erasure.
create table erased_post (
    post_id    bigint not null references post (id),
    erasure_id bigint not null references erasure (id),
    primary key (post_id, erasure_id)
);
create index erased_post_erasure on erased_post (erasure_id);
