-- A campaign for a chosen set of communes (issue 14: a two-level province opens a review for some of its communes).
-- No row for a campaign: every commune under its area, as before.
CREATE TABLE campaign_commune (
    campaign_id BIGINT NOT NULL REFERENCES review_campaign (id),
    commune_id  BIGINT NOT NULL REFERENCES area (id),
    PRIMARY KEY (campaign_id, commune_id)
);
CREATE INDEX campaign_commune_commune ON campaign_commune (commune_id);
