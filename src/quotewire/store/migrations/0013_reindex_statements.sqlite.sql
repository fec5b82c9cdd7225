-- Statement forms now carry their speaker (the same words by two speakers are two forms) and
-- outlets are counted by one canonical name (data/outlets.toml), so every form key, edge,
-- appearance and outlet key stored before is stale. The quote index is emptied and every
-- indexed article is marked changed: the next `Statements.catch_up()` (run first by ingest
-- and by every statement command) re-indexes each article in its old ingest order (`seq` is
-- kept), with its syndication links and speaker rows.
DELETE FROM statement_appearances;
DELETE FROM statement_edges;
DELETE FROM statement_index_keys;
DELETE FROM statement_forms;
UPDATE statement_articles SET content_hash = '';
-- The known outlet an article credits for a quote in the quote's own sentence ("..., Reuters
-- reported"; quotewire.read.outlets.reported_around): the appearance is that outlet's
-- statement, retold (filled by the re-index).
ALTER TABLE statement_appearances ADD COLUMN reported_by TEXT;
