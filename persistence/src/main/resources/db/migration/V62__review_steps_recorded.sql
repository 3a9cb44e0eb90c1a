-- Every legal step of a review recorded (issue 14, item 2): Decision 24/2021/QĐ-TTg, Art. 4 (periodic) and Art. 5
-- (regular). New tables only; the procedure's own tables (household_review, commune_review_list) are untouched.

-- Applications: Form 01 (asks to be reviewed in the periodic review, Art. 4(1)) and Form 04 (asks for a regular
-- review, Art. 5(1)), with the date the commune received them. A Form 04 has no campaign.
CREATE TABLE review_application (
    id          BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT REFERENCES review_campaign (id),
    commune_id  BIGINT       NOT NULL REFERENCES area (id),
    household_id BIGINT      NOT NULL REFERENCES household (id),
    form        VARCHAR(8)   NOT NULL CHECK (form IN ('FORM_01', 'FORM_04')),
    received_on DATE         NOT NULL,
    note        VARCHAR(500),
    created_by  VARCHAR(50)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((form = 'FORM_01') = (campaign_id IS NOT NULL))
);
CREATE INDEX review_application_commune ON review_application (commune_id, form, received_on);
CREATE INDEX review_application_household ON review_application (household_id);

-- The village meeting (Art. 4(3)): one row per meeting held (a list that failed 50% meets again).
CREATE TABLE review_meeting (
    id            BIGSERIAL PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL REFERENCES review_campaign (id),
    commune_id    BIGINT       NOT NULL REFERENCES area (id),
    village       VARCHAR(150) NOT NULL,
    held_on       DATE         NOT NULL,
    attendees     INTEGER      NOT NULL CHECK (attendees >= 1),
    votes_for     INTEGER      NOT NULL CHECK (votes_for >= 0),
    votes_against INTEGER      NOT NULL CHECK (votes_against >= 0),
    minutes       BYTEA,
    minutes_type  VARCHAR(40),
    minutes_name  VARCHAR(200),
    recorded_by   VARCHAR(50)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (votes_for + votes_against <= attendees)
);
CREATE INDEX review_meeting_list ON review_meeting (campaign_id, commune_id);

-- The public posting (Art. 4(4)): one per list, edited under optimistic locking.
CREATE TABLE review_posting (
    campaign_id BIGINT       NOT NULL REFERENCES review_campaign (id),
    commune_id  BIGINT       NOT NULL REFERENCES area (id),
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    place       VARCHAR(300) NOT NULL,
    recorded_by VARCHAR(50)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, commune_id),
    CHECK (ends_on >= starts_on)
);

-- Complaints received during the posting, their outcome and the re-check they led to.
CREATE TABLE review_complaint (
    id            BIGSERIAL PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL REFERENCES review_campaign (id),
    commune_id    BIGINT       NOT NULL REFERENCES area (id),
    household_id  BIGINT REFERENCES household (id),
    complainant   VARCHAR(150) NOT NULL,
    received_on   DATE         NOT NULL,
    content       VARCHAR(1000) NOT NULL,
    outcome       VARCHAR(16) CHECK (outcome IN ('UPHELD', 'REJECTED')),
    settled_on    DATE,
    recheck_note  VARCHAR(1000),
    recorded_by   VARCHAR(50)  NOT NULL,
    settled_by    VARCHAR(50),
    version       BIGINT       NOT NULL DEFAULT 0,
    CHECK ((outcome IS NULL) = (settled_on IS NULL))
);
CREATE INDEX review_complaint_list ON review_complaint (campaign_id, commune_id);

-- The scan of the chair's decision (number, date and signer are in commune_review_list since V20).
CREATE TABLE review_decision_scan (
    campaign_id  BIGINT       NOT NULL REFERENCES review_campaign (id),
    commune_id   BIGINT       NOT NULL REFERENCES area (id),
    content      BYTEA        NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    uploaded_by  VARCHAR(50)  NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, commune_id)
);
