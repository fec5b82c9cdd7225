-- Counting quotes and articles per speaker from the index alone (quotewire speakers).
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker_article ON quotes (speaker, article_id);
