-- The user who started connecting Xero (the access token's subject): only that user, signed in
-- to the same tenant, may complete the consent, so nobody else can link their organisation's
-- books into the tenant with a leaked or phished authorize link. Links started before this
-- migration name nobody and are dropped (users start again); spent rows stay for replay answers.
ALTER TABLE xero_oauth_state ADD COLUMN started_by text;

DELETE FROM xero_oauth_state WHERE used_at IS NULL;
