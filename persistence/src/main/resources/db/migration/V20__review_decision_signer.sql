-- The chair's decision recognising a commune's list is recorded with who signed it, and how many households of
-- the commune had no review and kept their category by the chair's explicit choice (Decision 24/2021/QĐ-TTg,
-- Art. 4(5)). The event log keeps the signer with each approval, so a reopened list still shows who signed before.
ALTER TABLE commune_review_list
    ADD COLUMN decision_signer VARCHAR(100),
    ADD COLUMN carried_forward INTEGER NOT NULL DEFAULT 0 CHECK (carried_forward >= 0);

