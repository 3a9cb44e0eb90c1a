-- The regular (monthly) review's steps 3 and 4 recorded (issue 14; Decision 24/2021/QĐ-TTg, Art. 5: the chair has the
-- steering committee apply steps 2-4, then decides within 15 days). A regular review has no campaign, so its village
-- meetings and postings belong to the commune's regular round: they cover the households whose regular review had
-- begun (Form 04 received, else review entered) by the meeting's date. New tables only.

CREATE TABLE regular_review_meeting (
    id            BIGSERIAL PRIMARY KEY,
    commune_id    BIGINT       NOT NULL REFERENCES area (id),
    village       VARCHAR(150) NOT NULL,
    held_on       DATE         NOT NULL,
    attendees     INTEGER      NOT NULL CHECK (attendees >= 1),
    votes_for     INTEGER      NOT NULL CHECK (votes_for >= 0),
    votes_against INTEGER      NOT NULL CHECK (votes_against >= 0),
    recorded_by   VARCHAR(50)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (votes_for + votes_against <= attendees)
);
CREATE INDEX regular_review_meeting_commune ON regular_review_meeting (commune_id, held_on);

CREATE TABLE regular_review_posting (
    id          BIGSERIAL PRIMARY KEY,
    commune_id  BIGINT       NOT NULL REFERENCES area (id),
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    place       VARCHAR(300) NOT NULL,
    recorded_by VARCHAR(50)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX regular_review_posting_commune ON regular_review_posting (commune_id, starts_on);
