CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE entity (
    id TEXT PRIMARY KEY,
    pos INTEGER NOT NULL,
    kind TEXT NOT NULL,
    acronym_en TEXT NOT NULL DEFAULT '',
    acronym_es TEXT NOT NULL DEFAULT '',
    acronym_en_rev INTEGER NOT NULL DEFAULT 0,
    acronym_es_rev INTEGER NOT NULL DEFAULT 0,
    acronym_en_basis INTEGER NOT NULL DEFAULT 0,
    acronym_es_basis INTEGER NOT NULL DEFAULT 0,
    name_en TEXT NOT NULL DEFAULT '',
    name_es TEXT NOT NULL DEFAULT '',
    name_en_rev INTEGER NOT NULL DEFAULT 0,
    name_es_rev INTEGER NOT NULL DEFAULT 0,
    name_en_basis INTEGER NOT NULL DEFAULT 0,
    name_es_basis INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE report_info (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    template_id TEXT NOT NULL,
    partnership_en TEXT NOT NULL DEFAULT '',
    partnership_es TEXT NOT NULL DEFAULT '',
    partnership_en_rev INTEGER NOT NULL DEFAULT 0,
    partnership_es_rev INTEGER NOT NULL DEFAULT 0,
    partnership_en_basis INTEGER NOT NULL DEFAULT 0,
    partnership_es_basis INTEGER NOT NULL DEFAULT 0,
    title_en TEXT NOT NULL DEFAULT '',
    title_es TEXT NOT NULL DEFAULT '',
    title_en_rev INTEGER NOT NULL DEFAULT 0,
    title_es_rev INTEGER NOT NULL DEFAULT 0,
    title_en_basis INTEGER NOT NULL DEFAULT 0,
    title_es_basis INTEGER NOT NULL DEFAULT 0,
    reporting_year INTEGER NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    source_language TEXT NOT NULL CHECK (source_language IN ('en', 'es')),
    prepared_by TEXT REFERENCES entity(id) DEFERRABLE INITIALLY DEFERRED,
    small_numbers_enabled INTEGER NOT NULL DEFAULT 1,
    small_numbers_threshold INTEGER NOT NULL DEFAULT 5
);

CREATE TABLE section (
    id TEXT PRIMARY KEY,
    pos INTEGER NOT NULL,
    kind TEXT NOT NULL,
    objective INTEGER NOT NULL DEFAULT 0,
    title_en TEXT NOT NULL DEFAULT '',
    title_es TEXT NOT NULL DEFAULT '',
    title_en_rev INTEGER NOT NULL DEFAULT 0,
    title_es_rev INTEGER NOT NULL DEFAULT 0,
    title_en_basis INTEGER NOT NULL DEFAULT 0,
    title_es_basis INTEGER NOT NULL DEFAULT 0,
    body_en TEXT NOT NULL DEFAULT '',
    body_es TEXT NOT NULL DEFAULT '',
    body_en_rev INTEGER NOT NULL DEFAULT 0,
    body_es_rev INTEGER NOT NULL DEFAULT 0,
    body_en_basis INTEGER NOT NULL DEFAULT 0,
    body_es_basis INTEGER NOT NULL DEFAULT 0,
    body_prev_en TEXT NOT NULL DEFAULT '',
    body_prev_es TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started',
    return_reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE section_assignee (
    section_id TEXT NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entity(id) DEFERRABLE INITIALLY DEFERRED,
    pos INTEGER NOT NULL,
    PRIMARY KEY (section_id, entity_id)
);

CREATE TABLE activity (
    id TEXT PRIMARY KEY,
    section_id TEXT NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    title_es TEXT NOT NULL DEFAULT '',
    title_en_rev INTEGER NOT NULL DEFAULT 0,
    title_es_rev INTEGER NOT NULL DEFAULT 0,
    title_en_basis INTEGER NOT NULL DEFAULT 0,
    title_es_basis INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT '',
    body_en TEXT NOT NULL DEFAULT '',
    body_es TEXT NOT NULL DEFAULT '',
    body_en_rev INTEGER NOT NULL DEFAULT 0,
    body_es_rev INTEGER NOT NULL DEFAULT 0,
    body_en_basis INTEGER NOT NULL DEFAULT 0,
    body_es_basis INTEGER NOT NULL DEFAULT 0,
    body_prev_en TEXT NOT NULL DEFAULT '',
    body_prev_es TEXT NOT NULL DEFAULT '',
    review_status TEXT NOT NULL DEFAULT 'not_started',
    review_reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE activity_responsible (
    activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entity(id) DEFERRABLE INITIALLY DEFERRED,
    pos INTEGER NOT NULL,
    PRIMARY KEY (activity_id, entity_id)
);

CREATE TABLE activity_trafficking_type (
    activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    pos INTEGER NOT NULL,
    PRIMARY KEY (activity_id, type)
);

CREATE TABLE indicator (
    id TEXT PRIMARY KEY,
    pos INTEGER NOT NULL,
    objective INTEGER NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    name_es TEXT NOT NULL DEFAULT '',
    name_en_rev INTEGER NOT NULL DEFAULT 0,
    name_es_rev INTEGER NOT NULL DEFAULT 0,
    name_en_basis INTEGER NOT NULL DEFAULT 0,
    name_es_basis INTEGER NOT NULL DEFAULT 0,
    definition_en TEXT NOT NULL DEFAULT '',
    definition_es TEXT NOT NULL DEFAULT '',
    definition_en_rev INTEGER NOT NULL DEFAULT 0,
    definition_es_rev INTEGER NOT NULL DEFAULT 0,
    definition_en_basis INTEGER NOT NULL DEFAULT 0,
    definition_es_basis INTEGER NOT NULL DEFAULT 0,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    source_en TEXT NOT NULL DEFAULT '',
    source_es TEXT NOT NULL DEFAULT '',
    source_en_rev INTEGER NOT NULL DEFAULT 0,
    source_es_rev INTEGER NOT NULL DEFAULT 0,
    source_en_basis INTEGER NOT NULL DEFAULT 0,
    source_es_basis INTEGER NOT NULL DEFAULT 0,
    has_baseline INTEGER NOT NULL DEFAULT 0,
    baseline_value REAL,
    baseline_period TEXT NOT NULL DEFAULT '',
    key_indicator INTEGER NOT NULL DEFAULT 0,
    cumulative INTEGER NOT NULL DEFAULT 0,
    sensitive INTEGER,
    review_status TEXT NOT NULL DEFAULT 'not_started',
    review_reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicator_responsible (
    indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entity(id) DEFERRABLE INITIALLY DEFERRED,
    pos INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, entity_id)
);

CREATE TABLE indicator_value (
    indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('target', 'actual')),
    year INTEGER NOT NULL,
    value REAL,
    PRIMARY KEY (indicator_id, kind, year)
);

CREATE TABLE indicator_disaggregation (
    indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    dimension TEXT NOT NULL,
    category TEXT NOT NULL,
    dimension_pos INTEGER NOT NULL,
    category_pos INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (indicator_id, year, dimension, category)
);

CREATE TABLE indicator_explanation (
    indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    text_en TEXT NOT NULL DEFAULT '',
    text_es TEXT NOT NULL DEFAULT '',
    text_en_rev INTEGER NOT NULL DEFAULT 0,
    text_es_rev INTEGER NOT NULL DEFAULT 0,
    text_en_basis INTEGER NOT NULL DEFAULT 0,
    text_es_basis INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (indicator_id, year)
);

CREATE TABLE glossary (
    pos INTEGER PRIMARY KEY,
    term_en TEXT NOT NULL DEFAULT '',
    term_es TEXT NOT NULL DEFAULT '',
    term_en_rev INTEGER NOT NULL DEFAULT 0,
    term_es_rev INTEGER NOT NULL DEFAULT 0,
    term_en_basis INTEGER NOT NULL DEFAULT 0,
    term_es_basis INTEGER NOT NULL DEFAULT 0,
    definition_en TEXT NOT NULL DEFAULT '',
    definition_es TEXT NOT NULL DEFAULT '',
    definition_en_rev INTEGER NOT NULL DEFAULT 0,
    definition_es_rev INTEGER NOT NULL DEFAULT 0,
    definition_en_basis INTEGER NOT NULL DEFAULT 0,
    definition_es_basis INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE comment (
    pos INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    rev INTEGER NOT NULL,
    grp INTEGER NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    origin TEXT NOT NULL,
    path TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX history_path ON history(path);
CREATE INDEX history_grp ON history(grp);
