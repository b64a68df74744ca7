-- Questions and their accepted answers (issue 20). The accepted answer is stored on the question's root post:
-- which reply, when and by whom it was accepted. question_reminded_at marks the one reminder to the asker.
alter table post add column accepted_answer_id bigint references post (id);
alter table post add column accepted_at timestamptz;
alter table post add column accepted_by bigint references account (id);
alter table post add column question_reminded_at timestamptz;

-- Open questions (roots without an accepted answer), newest first: the /api/questions list and the reminder job.
create index post_open_question on post (id desc)
    where kind = 'question' and accepted_answer_id is null and in_reply_to is null;

-- The full lists shared by every part of issue 20, so the order of their migrations does not matter.
alter table post drop constraint post_kind_check;
alter table post add constraint post_kind_check
    check (kind in ('note', 'question', 'candidate', 'vacancy', 'signal', 'praise', 'poll', 'announcement'));
alter table notification drop constraint notification_type_check;
alter table notification add constraint notification_type_check
    check (type in ('mention', 'reply', 'alert', 'group', 'reminder', 'interest', 'match', 'referral', 'retention',
                    'accepted', 'question', 'praise', 'announcement', 'moderation'));

-- At most one "your answer was accepted" per answer and one reminder per question: accepting, undoing and accepting
-- the same reply again tells its author once.
create unique index notification_once_per_question on notification (recipient_id, type, post_id)
    where type in ('accepted', 'question');
