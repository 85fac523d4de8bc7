-- Schema version 1. One statement per block; blocks end with a line holding only ';'.
-- Texts are JSON objects of language to string. Items keep the user's order in "position";
-- the integer "id" is internal and never leaves the file, "code" is the format's id.

CREATE TABLE inventory (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    languages TEXT NOT NULL
)
;
CREATE TABLE organisation (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name      TEXT NOT NULL,
    address   TEXT,
    email     TEXT,
    phone     TEXT,
    website   TEXT
)
;
CREATE TABLE supervisory_authority (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name      TEXT,
    website   TEXT
)
;
CREATE TABLE notice (
    singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
    title          TEXT,
    effective_date TEXT,
    scope          TEXT,
    introduction   TEXT
)
;
CREATE TABLE data_subject (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT
)
;
CREATE TABLE data_category (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT,
    source      TEXT CHECK (source IN ('data-subject', 'automatic', 'third-party', 'public')),
    special     INTEGER NOT NULL CHECK (special IN (0, 1)),
    criminal    INTEGER NOT NULL CHECK (criminal IN (0, 1))
)
;
CREATE TABLE purpose (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT
)
;
CREATE TABLE recipient (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT,
    kind         TEXT CHECK (kind IN ('internal', 'affiliate', 'processor', 'sub-processor', 'third-party', 'authority')),
    country      TEXT,
    tracking     INTEGER NOT NULL CHECK (tracking IN (0, 1)),
    opt_out_url  TEXT,
    contract_url TEXT
)
;
CREATE TABLE activity (
    id                        INTEGER PRIMARY KEY,
    code                      TEXT NOT NULL UNIQUE,
    position                  INTEGER NOT NULL,
    name                      TEXT NOT NULL,
    description               TEXT,
    owner                     TEXT,
    role                      TEXT CHECK (role IN ('controller', 'joint-controller', 'processor')),
    status                    TEXT CHECK (status IN ('draft', 'in-review', 'approved', 'retired')),
    security_measures         TEXT,
    statutory_requirement     TEXT,
    automated_decisions_used  INTEGER CHECK (automated_decisions_used IN (0, 1)),
    automated_decisions_logic TEXT,
    dpia_status               TEXT CHECK (dpia_status IN ('not-assessed', 'not-required', 'required', 'completed')),
    dpia_reference            TEXT,
    reviewed_on               TEXT,
    review_due                TEXT,
    notes                     TEXT
)
;
CREATE TABLE contact (
    id          INTEGER PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('dpo', 'representative', 'controller')),
    activity_id INTEGER REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT,
    email       TEXT,
    phone       TEXT,
    address     TEXT,
    CHECK ((role = 'controller') = (activity_id IS NOT NULL))
)
;
CREATE INDEX contact_activity ON contact (activity_id, position)
;
CREATE TABLE activity_data_subject (
    activity_id     INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    data_subject_id INTEGER NOT NULL REFERENCES data_subject (id),
    position        INTEGER NOT NULL,
    PRIMARY KEY (activity_id, data_subject_id)
)
;
CREATE INDEX activity_data_subject_target ON activity_data_subject (data_subject_id)
;
CREATE TABLE activity_data_category (
    activity_id      INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    data_category_id INTEGER NOT NULL REFERENCES data_category (id),
    position         INTEGER NOT NULL,
    PRIMARY KEY (activity_id, data_category_id)
)
;
CREATE INDEX activity_data_category_target ON activity_data_category (data_category_id)
;
CREATE TABLE activity_recipient (
    activity_id  INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    recipient_id INTEGER NOT NULL REFERENCES recipient (id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (activity_id, recipient_id)
)
;
CREATE INDEX activity_recipient_target ON activity_recipient (recipient_id)
;
CREATE TABLE activity_purpose (
    activity_id                INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position                   INTEGER NOT NULL,
    purpose_id                 INTEGER NOT NULL REFERENCES purpose (id),
    legal_basis                TEXT CHECK (legal_basis IN ('consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests')),
    legal_basis_reference      TEXT,
    legitimate_interest        TEXT,
    special_category_condition TEXT CHECK (special_category_condition IN ('explicit-consent', 'employment-social-security', 'vital-interests', 'not-for-profit-body', 'manifestly-made-public', 'legal-claims', 'substantial-public-interest', 'health-social-care', 'public-health', 'archiving-research-statistics')),
    PRIMARY KEY (activity_id, position),
    UNIQUE (activity_id, purpose_id)
)
;
CREATE INDEX activity_purpose_target ON activity_purpose (purpose_id)
;
CREATE TABLE transfer (
    activity_id  INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    country      TEXT NOT NULL,
    recipient_id INTEGER REFERENCES recipient (id),
    safeguard    TEXT CHECK (safeguard IN ('adequacy-decision', 'standard-contractual-clauses', 'binding-corporate-rules', 'code-of-conduct', 'certification', 'derogation')),
    description  TEXT,
    PRIMARY KEY (activity_id, position)
)
;
CREATE INDEX transfer_target ON transfer (recipient_id)
;
CREATE TABLE retention_rule (
    id                  INTEGER PRIMARY KEY,
    activity_id         INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    covers_other        INTEGER NOT NULL CHECK (covers_other IN (0, 1)),
    period              TEXT,
    trigger_text        TEXT,
    description         TEXT,
    UNIQUE (activity_id, position)
)
;
CREATE TABLE retention_rule_category (
    rule_id          INTEGER NOT NULL REFERENCES retention_rule (id) ON DELETE CASCADE,
    data_category_id INTEGER NOT NULL REFERENCES data_category (id),
    position         INTEGER NOT NULL,
    PRIMARY KEY (rule_id, data_category_id)
)
;
CREATE INDEX retention_rule_category_target ON retention_rule_category (data_category_id)
;
CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY,
    change_set  INTEGER NOT NULL,
    reverts     INTEGER,
    time        TEXT NOT NULL,
    user        TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT,
    field       TEXT,
    position    INTEGER,
    before      TEXT,
    after       TEXT,
    hash        TEXT NOT NULL
)
;
CREATE INDEX change_log_change_set ON change_log (change_set)
;
CREATE INDEX change_log_entity ON change_log (entity_type, entity_id)
;
