-- A user's `speakers merge` rule now also joins the merged people's statements: the writer
-- gives a form by a merged spelling the merged speaker key
-- (quotewire.statements.form_speaker.speaker_key_aliases), and adding a rule re-indexes the
-- articles it touches. Forms stored before under rules that were already there keep the
-- article's own key, so a store with rules marks every indexed article changed: the next
-- `Statements.catch_up()` re-indexes it in its old ingest order (`seq` is kept). A store
-- without rules is left as it is.
UPDATE statement_articles SET content_hash = ''
WHERE EXISTS (SELECT 1 FROM speaker_rules);
