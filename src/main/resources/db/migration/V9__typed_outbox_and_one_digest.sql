-- Outbox tasks carry a typed message: the record's name and its JSON. The kind is the handler's name.
alter table outbox_task add column message text;

-- Tasks written by an older Relay, in its string conventions, become the messages they meant.
create function pg_temp.iso(ms bigint) returns text language sql as
    $$ select to_char(to_timestamp(ms / 1000.0) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

update outbox_task set message = 'PostEdited',
       payload = json_build_object('postId', subject_id, 'removedTopics',
                                   to_json(string_to_array(coalesce(payload, ''), ' ')))::text
where kind in ('post.fan-out') and coalesce(payload, '') <> '';
update outbox_task set message = 'PostPublished', payload = json_build_object('postId', subject_id)::text
where kind in ('post.fan-out', 'post.notify', 'post.match-alerts') and message is null
  and coalesce(payload, '') <> 'edited';
update outbox_task set message = 'PostEdited',
       payload = json_build_object('postId', subject_id, 'removedTopics', json_build_array())::text
where kind in ('post.notify', 'post.match-alerts') and message is null;
-- Instant alert mails are notification mails now, written by the one mail job.
update outbox_task set kind = 'notification.email', message = 'NotificationMail',
       payload = json_build_object('notificationId', subject_id)::text
where kind in ('notification.email', 'alert.email');
-- Digests: one job for notifications and alerts; the app part and the mail part of the same period.
update outbox_task t set message = 'DigestDue',
       payload = json_build_object('accountId', t.subject_id, 'frequency', a.digest_frequency,
                                   'since', pg_temp.iso(split_part(t.payload, '-', 1)::bigint),
                                   'until', pg_temp.iso(split_part(t.payload, '-', 2)::bigint))::text
from account a where a.id = t.subject_id and t.kind = 'digest.email';
update outbox_task set kind = case kind when 'alert.digest' then 'digest.app' else 'digest.email' end,
       message = 'DigestDue',
       payload = json_build_object('accountId', subject_id, 'frequency', split_part(payload, ':', 1),
                   'since', pg_temp.iso(split_part(split_part(payload, ':', 2), '-', 1)::bigint),
                   'until', pg_temp.iso(split_part(split_part(payload, ':', 2), '-', 2)::bigint))::text
where kind in ('alert.digest', 'alert.digest-email');

-- One digest window per person and frequency, whatever it sums up (notifications, alert matches, ...):
-- a digest covers (sent_until before, sent_until now].
create table digest_window (
    account_id bigint      not null references account (id),
    frequency  text        not null check (frequency in ('daily', 'weekly')),
    sent_until timestamptz not null,
    primary key (account_id, frequency)
);
insert into digest_window (account_id, frequency, sent_until)
select account_id, frequency, sent_until from alert_digest;
insert into digest_window (account_id, frequency, sent_until)
select id, digest_frequency, digest_sent_at from account where digest_sent_at is not null
on conflict (account_id, frequency) do update set sent_until = greatest(digest_window.sent_until, excluded.sent_until);
drop table alert_digest;
alter table account drop column digest_sent_at;
