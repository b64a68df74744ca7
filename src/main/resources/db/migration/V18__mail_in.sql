-- Mail that arrived for Relay (by SMTP or from an IMAP mailbox), stored before the sender hears 250: the intake
-- (an outbox task per row) turns it into a post, a reply or a refusal and then settles it, dropping the raw bytes.
create table inbound_mail (
    id            bigint generated always as identity primary key,
    received_at   timestamptz not null default now(),
    via           text        not null check (via in ('smtp', 'imap')),
    -- The connecting IP, for smtp.
    peer_address  text,
    -- Null for MAIL FROM:<> (a bounce).
    envelope_from text,
    -- The accepted recipients, lower-case.
    envelope_to   text[]      not null,
    message_id    text,
    -- Null once settled.
    raw           bytea,
    size_bytes    int         not null,
    status        text        not null default 'received'
        check (status in ('received', 'posted', 'replied', 'refused', 'ignored')),
    -- A reason code.
    outcome       text,
    post_id       bigint      references post (id) on delete set null,
    settled_at    timestamptz
);

-- The same Message-ID delivered twice is stored once.
create unique index inbound_mail_message_id on inbound_mail (message_id) where message_id is not null;
-- For the purge (by age) and the erasure (by sender).
create index inbound_mail_received_at on inbound_mail (received_at);
create index inbound_mail_envelope_from on inbound_mail (lower(envelope_from));
create index inbound_mail_post on inbound_mail (post_id) where post_id is not null;
