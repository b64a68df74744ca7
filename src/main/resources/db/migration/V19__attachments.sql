-- Files on posts, and a candidate's CV kept apart with the person's other data.

-- A file uploaded for a post: unattached (post_id null) from the upload until the post that carries it is
-- published; unattached uploads older than a day are purged. The type is detected from the content, never taken
-- from the client; the name is sanitised (no path, no control characters, at most 200 characters).
create table post_attachment (
    id           bigint generated always as identity primary key,
    post_id      bigint      references post (id) on delete cascade,
    uploader_id  bigint      not null references account (id),
    filename     text        not null check (length(filename) between 1 and 200),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    -- hex SHA-256 of the content, to recognise the same file uploaded again
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea       not null,
    created_at   timestamptz not null
);
create index post_attachment_post on post_attachment (post_id, id) where post_id is not null;
create index post_attachment_unattached on post_attachment (created_at) where post_id is null;

-- The CV of the person behind a candidate offer: personal data, read only by those who may read the person
-- (CandidatePerson), never copied into a post, a feed, search, a notification or a mail. One per candidate.
create table candidate_document (
    candidate_id bigint      primary key references candidate (id) on delete cascade,
    filename     text        not null check (length(filename) between 1 and 200),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    content      bytea       not null,
    uploaded_by  bigint      not null references account (id),
    uploaded_at  timestamptz not null
);
