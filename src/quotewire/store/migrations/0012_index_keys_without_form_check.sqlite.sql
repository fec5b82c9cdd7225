-- The index keys' foreign key to statement_forms only ever checked inserts (forms are never
-- deleted, and the writer stores a form before its keys in the same transaction), yet the
-- check was a fifth of the cost of the ~165 key rows ingest writes per article. SQLite cannot
-- drop a constraint, so the table is rebuilt; every row keeps its rowid.
CREATE TABLE statement_index_keys_rebuilt (
    index_key INTEGER NOT NULL,
    form_key TEXT NOT NULL
);
INSERT INTO statement_index_keys_rebuilt (rowid, index_key, form_key)
    SELECT rowid, index_key, form_key FROM statement_index_keys ORDER BY rowid;
DROP TABLE statement_index_keys;
ALTER TABLE statement_index_keys_rebuilt RENAME TO statement_index_keys;
CREATE INDEX statement_index_keys_key ON statement_index_keys (index_key);
