-- Search over every post: the terms of the alert analysis (the same Lucene chain alerts match with), one
-- lexeme per term, at the term's position, field terms prefixed ('client=ing'). Filled by the outbox
-- within a second of a post being written or edited; null until then (and for posts from before this
-- migration, which the search backlog fills in the background).
alter table post add column search_terms tsvector;
create index post_search_terms on post using gin (search_terms);
-- What the backlog still has to index, found without reading the whole table.
create index post_search_backlog on post (id desc) where search_terms is null and not deleted;

-- The secret in an account's private search feed addresses (/feeds/search.atom?token=...); renewing it
-- makes every earlier address stop working.
create table search_feed_token (
    account_id bigint      primary key references account (id),
    token      text        not null unique,
    created_at timestamptz not null default now()
);
