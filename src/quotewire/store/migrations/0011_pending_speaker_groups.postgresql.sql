-- Surname groups whose speaker entities are out of date: ingest resolves identities every so
-- many batches instead of after every batch (a popular surname's group is re-read whole each
-- time), and marks the groups it touched here in the same transaction as the articles, so a
-- run that is killed in between leaves them to the next run, never lost.
CREATE TABLE speaker_groups_pending (
    group_key TEXT PRIMARY KEY
);
