-- SCIM provisioning (nl.relay.accounts.scim).

-- When the provisioning system deleted the person (DELETE /scim/v2/Users/{id}): the account is deactivated and
-- keeps its posts, and SCIM answers 404 for it from then on (RFC 7644 section 3.6). Null while provisioned.
alter table account add column scim_deleted_at timestamptz;

-- When the account row last changed, for SCIM's meta.lastModified. Kept by the database, whichever use case
-- writes the row.
alter table account add column modified_at timestamptz;
update account set modified_at = created_at;
alter table account alter column modified_at set not null;
alter table account alter column modified_at set default now();

create function account_touch_modified_at() returns trigger language plpgsql as $$
begin
    new.modified_at := now();
    return new;
end
$$;

create trigger account_modified_at before update on account
    for each row when (old.* is distinct from new.*) execute function account_touch_modified_at();
