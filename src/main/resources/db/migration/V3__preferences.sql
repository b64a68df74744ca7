-- Each person's preferences: how notifications reach them by email, and the language of the pages
-- and emails. A null language means "follow the browser's Accept-Language, else Dutch".
alter table account
    add column language         text check (language in ('nl', 'en')),
    add column email_delivery   text not null default 'instant' check (email_delivery in ('instant', 'digest', 'off')),
    add column digest_frequency text not null default 'daily' check (digest_frequency in ('daily', 'weekly'));
