-- The questions still to remind: open, never reminded, not removed. The reminder job walks this in id order and
-- stops at its batch, so its cost stays with the questions due rather than with every open question ever asked.
create index post_question_to_remind on post (id)
    where kind = 'question' and accepted_answer_id is null and in_reply_to is null and question_reminded_at is null
      and not deleted;
