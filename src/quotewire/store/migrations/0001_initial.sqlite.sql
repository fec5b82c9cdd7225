-- Articles, their speakers and quotes, and full-text search over quotes (FTS5, bm25).

CREATE TABLE articles (
    id TEXT PRIMARY KEY,               -- stable: 'sha1:' + hash of the URL, else of the text
    source_id TEXT,                    -- the id the reader gave (e.g. a JSONL record id)
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,                    -- ISO 8601, or '--MM-DD' when the year is unknown
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,        -- sha256 of text
    syndicated_from TEXT NOT NULL,     -- JSON list of sources, in order of first credit
    layout TEXT NOT NULL,              -- JSON: paragraphs, title span, dateline, headers, ...
    extractor_version TEXT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_source_id ON articles (source_id);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE syndication_credits (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX syndication_credits_source ON syndication_credits (source);

CREATE TABLE speakers (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,                  -- the speaker's id inside the article
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT,
    mentions TEXT NOT NULL,            -- JSON list of mentions with offsets
    PRIMARY KEY (article_id, id)
);
CREATE INDEX speakers_name ON speakers (name);

CREATE TABLE quotes (
    seq INTEGER PRIMARY KEY,           -- stable rowid for the FTS index
    id TEXT NOT NULL UNIQUE,           -- stable: hash of article id, offsets and kind
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    speaker TEXT,
    speaker_id TEXT,
    speaker_role TEXT,
    confidence REAL NOT NULL,
    date TEXT,
    occasion TEXT,
    detail TEXT NOT NULL               -- JSON: cue span, speaker mention, date text, insertions
);
CREATE INDEX quotes_article ON quotes (article_id, position);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker, content = 'quotes', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.seq, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
    VALUES ('delete', old.seq, old.text, old.speaker);
END;

-- Feeds polled by `quotewire watch`: when each was last polled, so a restart waits its turn.
CREATE TABLE feed_polls (
    feed TEXT PRIMARY KEY,
    polled_at TEXT NOT NULL,
    new_articles INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    last_error TEXT
);
