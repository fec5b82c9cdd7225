-- Articles, their speakers and quotes, and full-text search over quotes (tsvector + GIN).

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source_id TEXT,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    syndicated_from TEXT NOT NULL,
    layout TEXT NOT NULL,
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
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT,
    mentions TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX speakers_name ON speakers (name);

CREATE TABLE quotes (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
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
    confidence DOUBLE PRECISION NOT NULL,
    date TEXT,
    occasion TEXT,
    detail TEXT NOT NULL,
    search TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('english', text || ' ' || coalesce(speaker, ''))
    ) STORED
);
CREATE INDEX quotes_article ON quotes (article_id, position);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_search ON quotes USING GIN (search);

CREATE TABLE feed_polls (
    feed TEXT PRIMARY KEY,
    polled_at TEXT NOT NULL,
    new_articles INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    last_error TEXT
);
