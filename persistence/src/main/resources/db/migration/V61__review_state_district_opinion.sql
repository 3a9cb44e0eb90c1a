-- Decision 24/2021/QĐ-TTg with a district (to 30/06/2025): the district chair's opinion comes before the commune
-- chair's decision (Art. 4(5)). A list with that opinion and no decision yet is OPINION_GIVEN; CONSOLIDATED keeps
-- meaning "decided and consolidated", so the final states of reports (APPROVED, CONSOLIDATED) stay right.
ALTER TABLE household_review DROP CONSTRAINT household_review_state_check;
ALTER TABLE household_review ADD CONSTRAINT household_review_state_check
    CHECK (state IN ('DRAFT', 'SUBMITTED', 'POSTED', 'OPINION_GIVEN', 'APPROVED', 'CONSOLIDATED', 'RETURNED'));
