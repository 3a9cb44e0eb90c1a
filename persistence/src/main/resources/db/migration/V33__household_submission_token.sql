-- Issue 11, finding 7: a double-submitted "new household" form created two households. Each form carries a token;
-- the first submission claims it, a repeat finds the household the first one created.
CREATE TABLE household_submission (
    token        UUID        PRIMARY KEY,
    household_id BIGINT      REFERENCES household (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
