-- GiảmNghèo schema, version 1: administrative areas, accounts with scopes, the household registry.
-- Applied migrations never change: add a new V<n>__*.sql instead.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Vietnamese alphabetical order (a ă â b c d đ e ê ...), from ICU so it does not depend on the OS locale.
CREATE COLLATION IF NOT EXISTS vietnamese (provider = icu, locale = 'vi-VN');

-- Province -> (district, historical since 1 Jul 2025) -> commune -> village, each valid over a period.
CREATE TABLE area (
    id                     BIGSERIAL PRIMARY KEY,
    code                   VARCHAR(20)  NOT NULL UNIQUE,
    name                   VARCHAR(200) NOT NULL,
    level                  VARCHAR(16)  NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
    kind                   VARCHAR(24)  NOT NULL,
    parent_id              BIGINT REFERENCES area (id),
    area_type              VARCHAR(8) CHECK (area_type IN ('RURAL', 'URBAN')),
    especially_difficult   BOOLEAN      NOT NULL DEFAULT FALSE,
    program_135            BOOLEAN      NOT NULL DEFAULT FALSE,
    ethnic_minority_region BOOLEAN      NOT NULL DEFAULT FALSE,
    valid_from             DATE         NOT NULL,
    valid_to               DATE,
    version                BIGINT       NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((level = 'PROVINCE') = (parent_id IS NULL)),
    CHECK (level <> 'COMMUNE' OR area_type IS NOT NULL)
);
CREATE INDEX area_parent ON area (parent_id);
CREATE INDEX area_level ON area (level);

-- Which old unit became which new one when units merged or split, so old reports still add up.
CREATE TABLE area_succession (
    predecessor_id BIGINT NOT NULL REFERENCES area (id),
    successor_id   BIGINT NOT NULL REFERENCES area (id),
    effective_on   DATE   NOT NULL,
    legal_basis    VARCHAR(200),
    PRIMARY KEY (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX area_succession_successor ON area_succession (successor_id);

CREATE TABLE account (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(50)  NOT NULL UNIQUE,
    password_hash   VARCHAR(200) NOT NULL,
    full_name       VARCHAR(150) NOT NULL,
    role            VARCHAR(32)  NOT NULL CHECK (role IN ('COMMUNE_OFFICIAL', 'DISTRICT_OFFICER', 'PROVINCIAL_VIEWER', 'ADMIN')),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0
);

-- The areas an account works in: a commune, a district (all its communes), any set of communes, or a province.
CREATE TABLE account_area (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    area_id    BIGINT NOT NULL REFERENCES area (id),
    PRIMARY KEY (account_id, area_id)
);

CREATE TABLE household (
    id                            BIGSERIAL PRIMARY KEY,
    code                          VARCHAR(30)  NOT NULL UNIQUE,
    commune_id                    BIGINT       NOT NULL REFERENCES area (id),
    village_id                    BIGINT       NOT NULL REFERENCES area (id),
    address                       VARCHAR(255) NOT NULL,
    head_name                     VARCHAR(150) NOT NULL,
    ethnicity                     VARCHAR(24)  NOT NULL,
    phone                         VARCHAR(15),
    category                      VARCHAR(16)  NOT NULL DEFAULT 'NOT_REVIEWED'
        CHECK (category IN ('POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR', 'NOT_REVIEWED')),
    no_labour_capacity            BOOLEAN      NOT NULL DEFAULT FALSE,
    has_meritorious_member        BOOLEAN      NOT NULL DEFAULT FALSE,
    social_protection_beneficiary BOOLEAN      NOT NULL DEFAULT FALSE,
    free_migrant_from_cambodia    BOOLEAN      NOT NULL DEFAULT FALSE,
    member_count                  INTEGER      NOT NULL DEFAULT 0,
    -- Derived for search and ordering; written by the application from head_name, code and address.
    search_text                   VARCHAR(600) NOT NULL,
    sort_key                      VARCHAR(150) COLLATE vietnamese NOT NULL,
    created_at                    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by                    VARCHAR(50)  NOT NULL,
    updated_at                    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by                    VARCHAR(50)  NOT NULL,
    version                       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX household_commune_sort ON household (commune_id, sort_key, id);
CREATE INDEX household_village ON household (village_id);
CREATE INDEX household_commune_category ON household (commune_id, category);
CREATE INDEX household_search ON household USING gin (search_text gin_trgm_ops);

CREATE TABLE household_member (
    id                        BIGSERIAL PRIMARY KEY,
    household_id              BIGINT       NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    full_name                 VARCHAR(150) NOT NULL,
    date_of_birth             DATE         NOT NULL,
    sex                       VARCHAR(8)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    ethnicity                 VARCHAR(24)  NOT NULL,
    citizen_id                VARCHAR(12),
    relationship              VARCHAR(24)  NOT NULL,
    health_insurance_card     VARCHAR(15),
    disability                VARCHAR(24)  NOT NULL DEFAULT 'NONE',
    schooling                 VARCHAR(24)  NOT NULL DEFAULT 'NOT_SCHOOL_AGE',
    education_level           VARCHAR(32)  NOT NULL DEFAULT 'NONE',
    employment                VARCHAR(32)  NOT NULL DEFAULT 'NOT_WORKING_AGE',
    version                   BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX household_member_household ON household_member (household_id);
CREATE UNIQUE INDEX household_member_citizen_id ON household_member (citizen_id) WHERE citizen_id IS NOT NULL;

-- Who changed what and when. Ethnicity, health and disability are sensitive data (Decree 13/2023/NĐ-CP, Art. 2(4)),
-- so every change is kept with its author.
CREATE TABLE household_change (
    id           BIGSERIAL PRIMARY KEY,
    household_id BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by   VARCHAR(50) NOT NULL,
    action       VARCHAR(32) NOT NULL,
    details      TEXT        NOT NULL
);
CREATE INDEX household_change_household ON household_change (household_id, changed_at DESC);
