-- A form that no quote uses any more (its article was re-indexed after its words changed, or
-- a `speakers merge` / `split` re-keyed its quotes) now leaves the statement index in the
-- transaction that left it unused (quotewire.statements.storage.SqlFormBackend.remove_forms).
-- Stores written before still hold such forms: a statement id that names no appearance, or
-- two statements held together by a form that is gone. The groups holding one are taken out
-- whole and their articles marked changed, so that the next `Statements.catch_up()` (run
-- first by ingest and by every statement command) indexes those articles again in their old
-- order (`seq` is kept): their forms are clustered anew, as if the unused ones had never been.
-- A store without unused forms is left as it is.

-- 1. The articles quoting a form of a group that holds an unused form are marked changed.
UPDATE statement_articles SET content_hash = ''
WHERE article_id IN (
    SELECT sa.article_id FROM statement_appearances sa
    JOIN statement_forms f ON f.form_key = sa.form_key
    JOIN statement_forms u ON u.group_key = f.group_key
    WHERE NOT EXISTS (SELECT 1 FROM statement_appearances x WHERE x.form_key = u.form_key)
);
-- 2. Their quotes of those groups' forms are let go, so every form of the groups is unused.
DELETE FROM statement_appearances
WHERE form_key IN (
    SELECT f.form_key FROM statement_forms f
    JOIN statement_forms u ON u.group_key = f.group_key
    WHERE NOT EXISTS (SELECT 1 FROM statement_appearances x WHERE x.form_key = u.form_key)
);
-- 3. Unused forms go, with their edges and index keys.
DELETE FROM statement_edges
WHERE left_form IN (
    SELECT f.form_key FROM statement_forms f
    WHERE NOT EXISTS (SELECT 1 FROM statement_appearances x WHERE x.form_key = f.form_key)
) OR right_form IN (
    SELECT f.form_key FROM statement_forms f
    WHERE NOT EXISTS (SELECT 1 FROM statement_appearances x WHERE x.form_key = f.form_key)
);
DELETE FROM statement_index_keys
WHERE form_key IN (
    SELECT f.form_key FROM statement_forms f
    WHERE NOT EXISTS (SELECT 1 FROM statement_appearances x WHERE x.form_key = f.form_key)
);
DELETE FROM statement_forms
WHERE NOT EXISTS (
    SELECT 1 FROM statement_appearances x WHERE x.form_key = statement_forms.form_key
);
