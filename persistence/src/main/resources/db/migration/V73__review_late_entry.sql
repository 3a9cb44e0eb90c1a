-- Campaign dates are enforced on review entry (issue 14, item 3). The officer who owns a campaign may let its
-- communes (or one of them) enter reviews outside its dates: a late-entry window with its end and a reason, which
-- opens on the day it is granted. Rows are only added; the audit log records who granted each.
CREATE TABLE review_late_entry (
    id          BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT       NOT NULL REFERENCES review_campaign (id),
    commune_id  BIGINT       REFERENCES area (id),
    opens_on    DATE         NOT NULL,
    until       DATE         NOT NULL CHECK (until >= opens_on),
    reason      VARCHAR(500) NOT NULL CHECK (length(btrim(reason)) > 0),
    granted_by  VARCHAR(50)  NOT NULL,
    granted_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX review_late_entry_campaign ON review_late_entry (campaign_id);
