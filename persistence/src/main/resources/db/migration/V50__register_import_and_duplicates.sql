-- Register import (issue 15): the files imported with their reports, the queue of suspected duplicate households,
-- and the journal of merges. Applied migrations never change: add a new V<n>__*.sql instead.

-- Trigram similarity scores near-duplicate names; V1 already created it, kept here so this migration stands alone.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Folds a name the way VietnameseText.fold does: NFC, lower case, no tone or vowel marks, đ as d, single spaces.
-- IMMUTABLE so that it can feed a stored generated column.
CREATE OR REPLACE FUNCTION giamngheo_fold(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT btrim(regexp_replace(translate(lower(normalize(coalesce(t, ''), NFC)),
    'àáâãäåèéêëìíîïòóôõöùúûüýÿāăąēĕėęěĩīĭįōŏőũūŭůűųŷơưǎǐǒǔǖǘǚǜǟǡǫǭǻȁȃȅȇȉȋȍȏȕȗȧȩȫȭȯȱȳḁḕḗḙḛḝḭḯṍṏṑṓṳṵṷṹṻẏẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ',
    'aaaaaaeeeeiiiiooooouuuuyyaaaeeeeeiiiiooouuuuuuyouaiouuuuuaaooaaaeeiioouuaeooooyaeeeeeiioooouuuuuyyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyd'),
    '\s+', ' ', 'g'))
$$;

-- A date typed with day and month the other way round (05/03 for 03/05); null where that cannot be.
CREATE OR REPLACE FUNCTION giamngheo_swap_day_month(d DATE) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE WHEN extract(day FROM d) <= 12 AND extract(day FROM d) <> extract(month FROM d)
            THEN make_date(extract(year FROM d)::int, extract(day FROM d)::int, extract(month FROM d)::int) END
$$;

-- The folded name, kept by PostgreSQL itself so that forms, imports and the demo loader all fill it.
ALTER TABLE household_member ADD COLUMN name_key TEXT GENERATED ALWAYS AS (giamngheo_fold(full_name)) STORED;
CREATE INDEX household_member_birth_date ON household_member (date_of_birth);

-- Every file uploaded for import, kept with its report for the audit, whether it was written or refused.
CREATE TABLE register_import (
    id           BIGSERIAL PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    file_format  VARCHAR(8)   NOT NULL CHECK (file_format IN ('CSV', 'XLSX')),
    file_size    BIGINT       NOT NULL,
    file_sha256  VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL,
    column_map   TEXT,                      -- template column = file header, one a line, when the file was mapped
    uploaded_by  VARCHAR(50)  NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    status       VARCHAR(12)  NOT NULL CHECK (status IN ('CHECKED', 'REFUSED', 'WRITTEN')),
    row_count    INTEGER      NOT NULL DEFAULT 0,
    households   INTEGER      NOT NULL DEFAULT 0,
    members      INTEGER      NOT NULL DEFAULT 0,
    error_count  INTEGER      NOT NULL DEFAULT 0,
    report       TEXT         NOT NULL DEFAULT '', -- row, column and message of each error, tab-separated lines
    candidates   INTEGER      NOT NULL DEFAULT 0,
    written_at   TIMESTAMPTZ
);
CREATE INDEX register_import_uploaded ON register_import (uploaded_by, uploaded_at DESC);

-- The communes a file touched, so the audit view is scoped like everything else.
CREATE TABLE register_import_commune (
    import_id  BIGINT NOT NULL REFERENCES register_import (id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES area (id),
    PRIMARY KEY (import_id, commune_id)
);

-- Which household a row of a written import became.
ALTER TABLE household_change ADD COLUMN import_id BIGINT REFERENCES register_import (id);

-- Suspected duplicate households, one row a pair (the lower id first). A district or province officer confirms
-- (merges) or dismisses with a reason; dismissed pairs are not raised again.
CREATE TABLE duplicate_candidate (
    id              BIGSERIAL PRIMARY KEY,
    household_a     BIGINT       REFERENCES household (id) ON DELETE SET NULL,
    household_b     BIGINT       REFERENCES household (id) ON DELETE SET NULL,
    member_a        BIGINT       REFERENCES household_member (id) ON DELETE SET NULL,
    member_b        BIGINT       REFERENCES household_member (id) ON DELETE SET NULL,
    code_a          VARCHAR(30)  NOT NULL,
    code_b          VARCHAR(30)  NOT NULL,
    commune_a       BIGINT       NOT NULL REFERENCES area (id),
    commune_b       BIGINT       NOT NULL REFERENCES area (id),
    score           NUMERIC(4, 3) NOT NULL CHECK (score >= 0 AND score <= 1),
    reasons         TEXT[]       NOT NULL,
    matched_members INTEGER      NOT NULL DEFAULT 1,
    found_by        VARCHAR(8)   NOT NULL CHECK (found_by IN ('ENTRY', 'IMPORT', 'SCAN')),
    status          VARCHAR(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED')),
    resolution      TEXT,
    resolved_by     VARCHAR(50),
    resolved_at     TIMESTAMPTZ,
    merge_id        BIGINT,
    found_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0,
    CHECK (status = 'OPEN' OR (resolution IS NOT NULL AND resolved_by IS NOT NULL))
);
CREATE UNIQUE INDEX duplicate_candidate_pair ON duplicate_candidate (code_a, code_b);
CREATE INDEX duplicate_candidate_status ON duplicate_candidate (status, commune_a, commune_b);

-- The merge journal: which household survived, which was absorbed (its row and members as they were), and each
-- record moved, merged or set aside because of a uniqueness rule.
CREATE TABLE household_merge (
    id             BIGSERIAL PRIMARY KEY,
    candidate_id   BIGINT       REFERENCES duplicate_candidate (id),
    survivor_id    BIGINT       NOT NULL,
    survivor_code  VARCHAR(30)  NOT NULL,
    absorbed_id    BIGINT       NOT NULL,
    absorbed_code  VARCHAR(30)  NOT NULL,
    reason         TEXT         NOT NULL,
    absorbed       TEXT         NOT NULL, -- JSON of the absorbed household and its members before the merge
    merged_by      VARCHAR(50)  NOT NULL,
    merged_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX household_merge_survivor ON household_merge (survivor_id);

CREATE TABLE household_merge_step (
    id         BIGSERIAL PRIMARY KEY,
    merge_id   BIGINT      NOT NULL REFERENCES household_merge (id) ON DELETE CASCADE,
    table_name VARCHAR(63) NOT NULL,
    row_id     BIGINT,
    action     VARCHAR(24) NOT NULL
        CHECK (action IN ('MOVED', 'MEMBER_MERGED', 'HEAD_DEMOTED', 'CONFLICT_FLAGGED', 'CONFLICT_SET_ASIDE')),
    details    TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX household_merge_step_merge ON household_merge_step (merge_id, id);
