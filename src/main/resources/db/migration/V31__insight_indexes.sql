-- Insight for admins (issue 20, part 7): every metric reads one period by time, so the rows it starts from are
-- found by time through an index rather than by scanning a million posts.
create index post_created on post (created_at);
create index post_like_created on post_like (created_at);
-- Acknowledged must-read receipts, for "who was active" in a week.
create index notification_acknowledged on notification (acknowledged_at)
    where type = 'mention' and must_read and acknowledged_at is not null;
-- Alert matches of the posts written in a period (the primary key starts with the alert).
create index alert_match_post on alert_match (post_id);
