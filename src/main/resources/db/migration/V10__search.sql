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

-- Posts whose stored terms went out of date without the post changing: their client was renamed or given
-- another alias, their group renamed, their author's name changed. The search backlog indexes them again;
-- until then they are found by their terms as they were. Filled by triggers, so no writer can forget it.
create table search_reindex (
    post_id bigint primary key
);

-- Queues the posts whose column named by the trigger's argument (client_id, group_id, author_id) is the changed row.
create function search_reindex_posts() returns trigger language plpgsql as $$
begin
    execute format('insert into search_reindex (post_id) select p.id from post p where p.%I = $1 and not p.deleted '
                   'on conflict do nothing', tg_argv[0]) using new.id;
    return null;
end $$;

create trigger client_search_terms after update on client for each row
    when (old.name is distinct from new.name or old.aliases is distinct from new.aliases
          or old.sector_code is distinct from new.sector_code)
    execute function search_reindex_posts('client_id');

create trigger group_search_terms after update on relay_group for each row
    when (old.name is distinct from new.name)
    execute function search_reindex_posts('group_id');

create trigger account_search_terms after update on account for each row
    when (old.username is distinct from new.username or old.display_name is distinct from new.display_name)
    execute function search_reindex_posts('author_id');
