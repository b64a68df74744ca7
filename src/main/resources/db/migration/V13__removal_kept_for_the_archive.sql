-- The legal archive (issue 17, item 7): a removed post is hidden from every reader, but what was said stays for the
-- admins' export, with who removed it and when. Posts removed before this migration lost their text and who/when.
alter table post add column removed_at timestamptz;
alter table post add column removed_by bigint references account (id);
