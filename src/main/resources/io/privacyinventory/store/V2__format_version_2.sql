-- Schema version 2: what inventory format version 2 adds. One statement per block; blocks end
-- with a line holding only ';'. Runs inside the upgrade's one transaction, with foreign keys on.

ALTER TABLE organisation ADD COLUMN country TEXT
;
ALTER TABLE purpose ADD COLUMN direct_marketing INTEGER NOT NULL DEFAULT 0 CHECK (direct_marketing IN (0, 1))
;
ALTER TABLE recipient ADD COLUMN strictly_necessary INTEGER NOT NULL DEFAULT 0 CHECK (strictly_necessary IN (0, 1))
;
-- the criteria as a JSON list of their format codes, in the user's order
ALTER TABLE activity ADD COLUMN dpia_screening TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dpia_screening))
;
-- activity_purpose loses UNIQUE (activity_id, purpose_id): one purpose may rest on several legal
-- bases. SQLite cannot drop a constraint, so the table is made again and the rows copied over.
-- No table refers to activity_purpose, so dropping the old one cannot break a foreign key; the
-- copy keeps its references to activity and purpose, which the upgrade checks before committing.
CREATE TABLE activity_purpose_v2 (
    activity_id                INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position                   INTEGER NOT NULL,
    purpose_id                 INTEGER NOT NULL REFERENCES purpose (id),
    legal_basis                TEXT CHECK (legal_basis IN ('consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests')),
    legal_basis_reference      TEXT,
    legitimate_interest        TEXT,
    special_category_condition TEXT CHECK (special_category_condition IN ('explicit-consent', 'employment-social-security', 'vital-interests', 'not-for-profit-body', 'manifestly-made-public', 'legal-claims', 'substantial-public-interest', 'health-social-care', 'public-health', 'archiving-research-statistics')),
    criminal_offence_authority TEXT,
    PRIMARY KEY (activity_id, position),
    UNIQUE (activity_id, purpose_id, legal_basis)
)
;
INSERT INTO activity_purpose_v2 (activity_id, position, purpose_id, legal_basis, legal_basis_reference,
                                 legitimate_interest, special_category_condition)
SELECT activity_id, position, purpose_id, legal_basis, legal_basis_reference, legitimate_interest,
       special_category_condition
FROM activity_purpose
;
DROP TABLE activity_purpose
;
ALTER TABLE activity_purpose_v2 RENAME TO activity_purpose
;
CREATE INDEX activity_purpose_target ON activity_purpose (purpose_id)
;
CREATE TABLE audience (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL,
    scope    TEXT
)
;
CREATE TABLE audience_data_subject (
    audience_id     INTEGER NOT NULL REFERENCES audience (id) ON DELETE CASCADE,
    data_subject_id INTEGER NOT NULL REFERENCES data_subject (id),
    position        INTEGER NOT NULL,
    PRIMARY KEY (audience_id, data_subject_id)
)
;
CREATE INDEX audience_data_subject_target ON audience_data_subject (data_subject_id)
;
-- frozen copies of published notices: evidence, so the audience is kept by its id as it was then,
-- not as a reference that removing the audience would have to break
CREATE TABLE published_notice (
    id               INTEGER PRIMARY KEY,
    position         INTEGER NOT NULL UNIQUE,
    audience         TEXT,
    language         TEXT NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    published_at     TEXT NOT NULL,
    published_by     TEXT NOT NULL,
    inventory_sha256 TEXT NOT NULL,
    text             TEXT NOT NULL
)
;
