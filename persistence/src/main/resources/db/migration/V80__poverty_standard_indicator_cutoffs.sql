-- Issue 10: the deprivation cut-offs of the indicator rules are data of a standard version, like its income lines
-- (core-domain IndicatorCutoffs). Before, they were constants in the rule classes, so a stored version could not
-- change them. Each column defaults to the value of Decree 07/2021/NĐ-CP (annex, the 12 indicators; domain README
-- 1.5), which is what every stored row was classified with until now: existing rows keep their behaviour.
ALTER TABLE poverty_standard
    -- EMPLOYMENT: working age, Labour Code 2019 Art. 3(1) and Art. 169 (simplified to 15..60)
    ADD COLUMN working_age_min               INTEGER      NOT NULL DEFAULT 15,
    ADD COLUMN working_age_max               INTEGER      NOT NULL DEFAULT 60,
    -- DEPENDANTS: children under 16 (and members on a monthly allowance) are more than 50% of members
    ADD COLUMN dependant_child_age_limit     INTEGER      NOT NULL DEFAULT 16,
    ADD COLUMN dependant_share_percent       INTEGER      NOT NULL DEFAULT 50,
    -- NUTRITION: a malnourished child under 16
    ADD COLUMN nutrition_child_age_limit     INTEGER      NOT NULL DEFAULT 16,
    -- HEALTH_INSURANCE: members aged 6 or over hold a card (Decree 07 Art. 3(2))
    ADD COLUMN health_insurance_min_age      INTEGER      NOT NULL DEFAULT 6,
    -- ADULT_EDUCATION: members aged 16..30; THPT or vocational expected from 18
    ADD COLUMN adult_education_min_age       INTEGER      NOT NULL DEFAULT 16,
    ADD COLUMN adult_education_upper_bar_age INTEGER      NOT NULL DEFAULT 18,
    ADD COLUMN adult_education_max_age       INTEGER      NOT NULL DEFAULT 30,
    -- CHILD_SCHOOL_ATTENDANCE: children aged 3 to under 16
    ADD COLUMN school_attendance_min_age     INTEGER      NOT NULL DEFAULT 3,
    ADD COLUMN school_attendance_age_limit   INTEGER      NOT NULL DEFAULT 16,
    -- HOUSING_QUALITY: at least 2 of the 3 main structures non-durable
    ADD COLUMN non_durable_structures_min    INTEGER      NOT NULL DEFAULT 2,
    -- HOUSING_AREA: below 8 m² per person
    ADD COLUMN floor_area_per_person_min     NUMERIC(5,2) NOT NULL DEFAULT 8.00,
    ADD CONSTRAINT poverty_standard_cutoff_ages CHECK (
        working_age_min BETWEEN 0 AND 120 AND working_age_max BETWEEN working_age_min AND 120
        AND dependant_child_age_limit BETWEEN 0 AND 120 AND nutrition_child_age_limit BETWEEN 0 AND 120
        AND health_insurance_min_age BETWEEN 0 AND 120
        AND adult_education_min_age BETWEEN 0 AND 120
        AND adult_education_upper_bar_age BETWEEN adult_education_min_age AND adult_education_max_age
        AND adult_education_max_age <= 120
        AND school_attendance_min_age BETWEEN 0 AND 120
        AND school_attendance_age_limit > school_attendance_min_age AND school_attendance_age_limit <= 120),
    ADD CONSTRAINT poverty_standard_cutoff_shares CHECK (
        dependant_share_percent BETWEEN 0 AND 99 AND non_durable_structures_min BETWEEN 1 AND 3
        AND floor_area_per_person_min > 0 AND floor_area_per_person_min <= 100);
