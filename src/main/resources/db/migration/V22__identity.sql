-- Identity from outside Relay: accounts provisioned by SCIM or created at a single sign-on.

-- An account without a local password signs in through the company's identity provider only.
alter table account alter column password_hash drop not null;

-- The name the identity provider knows the person by (SCIM userName, often the UPN), and the
-- provisioning system's own id for them (SCIM externalId). Compared without regard to case.
alter table account add column external_user_name text;
alter table account add column external_id text;
create unique index account_external_user_name on account (lower(external_user_name));
create unique index account_external_id on account (external_id);

-- The provider's stable subject (iss + sub) of an account that signed in through it.
alter table account add column provider_subject text;
create unique index account_provider_subject on account (provider_subject);
