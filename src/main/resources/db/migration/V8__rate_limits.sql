-- Requests counted per key (an action and who does it) in fixed windows, shared by every instance, so a
-- limit such as "30 reach previews a minute" holds however many instances answer.
create table rate_limit (
    key          text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (key, window_start)
);
create index rate_limit_window on rate_limit (window_start);
