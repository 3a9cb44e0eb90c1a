-- Several review campaigns per year and area (issue 14): an annual review, a baseline review under the next
-- period's standard (e.g. late 2025 for 2026-2030), or a review under a province's higher standard. Each keeps the
-- standard it was opened with; the same year, area, purpose and standard is opened once.
ALTER TABLE review_campaign DROP CONSTRAINT review_campaign_year_area_id_key;
ALTER TABLE review_campaign
    ADD COLUMN purpose VARCHAR(16) NOT NULL DEFAULT 'ANNUAL' CHECK (purpose IN ('ANNUAL', 'BASELINE', 'PROVINCIAL'));
CREATE UNIQUE INDEX review_campaign_once ON review_campaign (year, area_id, purpose, standard_id, standard_version);

-- The approval chain a province uses for a period (core-domain ApprovalChain): the district chain of Decision
-- 24/2021/QĐ-TTg up to 30/06/2025, the two-level chain after. Without a row the chain follows the campaign's start
-- date. deadline_days: ACTION=days after the campaign's last day, comma-separated; empty keeps the chain's defaults.
CREATE TABLE province_approval_chain (
    id               BIGSERIAL PRIMARY KEY,
    province_id      BIGINT      NOT NULL REFERENCES area (id),
    chain_id         VARCHAR(40) NOT NULL CHECK (chain_id IN ('QD24_2021_DISTRICT', 'TWO_LEVEL_2025')),
    valid_from       DATE        NOT NULL,
    valid_to         DATE,
    deadline_days    TEXT        NOT NULL DEFAULT '',
    enforce_deadlines BOOLEAN    NOT NULL DEFAULT FALSE,
    chosen_by        VARCHAR(50) NOT NULL,
    chosen_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    UNIQUE (province_id, valid_from)
);
