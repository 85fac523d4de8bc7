-- a notice published although check had errors or the draft had markers says so, as evidence
ALTER TABLE published_notice ADD COLUMN forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1))
;
-- the notice may end with the list of its published versions
ALTER TABLE notice ADD COLUMN list_changes INTEGER NOT NULL DEFAULT 0 CHECK (list_changes IN (0, 1))
;
