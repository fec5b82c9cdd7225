-- Statements across articles, syndication and speaker identity (quotewire.statements,
-- quotewire.speakers.identity; see docs/statements.md).

-- Articles taken into the statement index, in ingest order (ties of "first seen"), with the
-- MinHash signature of the body for near-duplicate detection.
CREATE TABLE statement_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    outlet_key TEXT NOT NULL,          -- the outlet, else the URL's host, else the article id
    content_hash TEXT NOT NULL,
    signature BLOB,
    shingles INTEGER NOT NULL
);
CREATE TABLE article_sketch_keys (
    index_key INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_sketch_keys_key ON article_sketch_keys (index_key);
CREATE INDEX article_sketch_keys_article ON article_sketch_keys (article_id);
CREATE TABLE article_duplicates (
    left_article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    right_article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    containment REAL NOT NULL,
    PRIMARY KEY (left_article, right_article)
);
CREATE INDEX article_duplicates_right ON article_duplicates (right_article);
CREATE TABLE syndication_links (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    original_id TEXT,
    original_outlet TEXT,
    method TEXT NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX syndication_links_original ON syndication_links (original_id);

-- Distinct normal forms of quotes; forms joined by verified edges share a group, and a group
-- is split into statements only when it holds a conflict (see statements/cluster.py).
CREATE TABLE statement_forms (
    form_key TEXT PRIMARY KEY,
    form TEXT NOT NULL,                -- JSON: tokens, gaps, names
    group_key TEXT NOT NULL,
    statement_id TEXT NOT NULL
);
CREATE INDEX statement_forms_group ON statement_forms (group_key);
CREATE INDEX statement_forms_statement ON statement_forms (statement_id);
CREATE TABLE statement_index_keys (
    index_key INTEGER NOT NULL,
    form_key TEXT NOT NULL REFERENCES statement_forms (form_key)
);
CREATE INDEX statement_index_keys_key ON statement_index_keys (index_key);
CREATE TABLE statement_edges (
    left_form TEXT NOT NULL,
    right_form TEXT NOT NULL,
    same INTEGER NOT NULL,             -- 1: same statement; 0: conflict (other meaning)
    reason TEXT NOT NULL,
    coverage REAL NOT NULL,
    closeness REAL NOT NULL,
    PRIMARY KEY (left_form, right_form)
);
CREATE INDEX statement_edges_right ON statement_edges (right_form);
CREATE TABLE statement_appearances (
    quote_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    form_key TEXT NOT NULL REFERENCES statement_forms (form_key)
);
CREATE INDEX statement_appearances_form ON statement_appearances (form_key);
CREATE INDEX statement_appearances_article ON statement_appearances (article_id);

-- One person entity per real person: which entity each article speaker belongs to, the
-- entities with their variants, roles and evidence (JSON), and the user's corrections.
CREATE TABLE speaker_identities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_id TEXT NOT NULL,
    group_key TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    entity_name TEXT NOT NULL,
    PRIMARY KEY (article_id, speaker_id)
);
CREATE INDEX speaker_identities_group ON speaker_identities (group_key);
CREATE INDEX speaker_identities_entity ON speaker_identities (entity_id);
CREATE TABLE speaker_entities (
    entity_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE speaker_rules (
    position INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    left_name TEXT NOT NULL,
    right_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
