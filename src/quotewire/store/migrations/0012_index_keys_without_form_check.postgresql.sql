-- The index keys' foreign key to statement_forms only ever checked inserts (forms are never
-- deleted, and the writer stores a form before its keys in the same transaction), yet the
-- check was a fifth of the cost of the ~165 key rows ingest writes per article. Dropped on
-- both backends so that they keep one schema.
ALTER TABLE statement_index_keys DROP CONSTRAINT statement_index_keys_form_key_fkey;
