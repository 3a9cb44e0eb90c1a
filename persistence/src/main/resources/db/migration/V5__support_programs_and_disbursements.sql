-- Support programs and policies (catalogue kept by district officers), disbursements to households and people,
-- bulk batches, and VBSP loans. Amounts are whole đồng (BIGINT); quantities are in the program's unit.

CREATE TABLE support_program (
    id                   BIGSERIAL PRIMARY KEY,
    code                 VARCHAR(40)  NOT NULL UNIQUE,
    name                 VARCHAR(300) NOT NULL,
    kind                 VARCHAR(16)  NOT NULL CHECK (kind IN ('NTP_PROJECT', 'NTP_SUB_PROJECT', 'POLICY', 'CREDIT', 'LOCAL')),
    parent_id            BIGINT REFERENCES support_program (id),
    legal_basis          VARCHAR(300),
    unit                 VARCHAR(16)  NOT NULL
        CHECK (unit IN ('DONG', 'KG', 'PACKAGE', 'HOUSE', 'CARD', 'CLASS_PLACE', 'LOAN', 'SQUARE_METRE', 'WORKER')),
    beneficiary          VARCHAR(16)  NOT NULL DEFAULT 'HOUSEHOLD' CHECK (beneficiary IN ('HOUSEHOLD', 'PERSON')),
    eligible_categories  TEXT[]       NOT NULL DEFAULT '{}',
    eligible_flags       TEXT[]       NOT NULL DEFAULT '{}',
    escaped_within_years INTEGER      NOT NULL DEFAULT 0 CHECK (escaped_within_years BETWEEN 0 AND 10),
    duplicate_period     VARCHAR(16)  NOT NULL DEFAULT 'YEAR'
        CHECK (duplicate_period IN ('NONE', 'ONCE', 'YEAR', 'QUARTER', 'MONTH', 'TET_SEASON')),
    funding_sources      TEXT[]       NOT NULL DEFAULT '{}',
    coverage_role        VARCHAR(24) CHECK (coverage_role IN ('HEALTH_INSURANCE', 'TUITION', 'LOAN')),
    default_amount       BIGINT CHECK (default_amount >= 0),
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_by           VARCHAR(50)  NOT NULL DEFAULT 'system',
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (funding_sources <@ ARRAY['CENTRAL_BUDGET', 'PROVINCIAL_BUDGET', 'DISTRICT_BUDGET', 'COMMUNE_BUDGET',
        'DONATIONS', 'SOCIAL_POLICY_BANK', 'NATIONAL_RESERVE']::TEXT[]),
    CHECK (eligible_categories <@ ARRAY['POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR', 'NOT_REVIEWED']::TEXT[])
);

-- A bulk disbursement: one decision handed out to a selected list in one step.
CREATE TABLE support_batch (
    id              BIGSERIAL PRIMARY KEY,
    program_id      BIGINT       NOT NULL REFERENCES support_program (id),
    commune_id      BIGINT       NOT NULL REFERENCES area (id),
    disbursed_on    DATE         NOT NULL,
    decision_ref    VARCHAR(100) NOT NULL,
    recorded_by     VARCHAR(50)  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    recorded_count  INTEGER      NOT NULL,
    skipped_count   INTEGER      NOT NULL
);

CREATE TABLE support_disbursement (
    id                  BIGSERIAL PRIMARY KEY,
    program_id          BIGINT       NOT NULL REFERENCES support_program (id),
    household_id        BIGINT       NOT NULL REFERENCES household (id),
    member_id           BIGINT REFERENCES household_member (id) ON DELETE SET NULL,
    -- The household's commune when the support was given: scope checks and totals filter on it in SQL.
    commune_id          BIGINT       NOT NULL REFERENCES area (id),
    disbursed_on        DATE         NOT NULL,
    period_key          VARCHAR(16),
    amount              BIGINT CHECK (amount >= 0),
    quantity            NUMERIC(14, 2) CHECK (quantity > 0),
    funding_source      VARCHAR(24)  NOT NULL,
    decision_ref        VARCHAR(100) NOT NULL,
    batch_id            BIGINT REFERENCES support_batch (id),
    eligibility_warning VARCHAR(60),  -- message key of the warning the officer saw and accepted
    override_reason     VARCHAR(500), -- why a duplicate was recorded anyway
    recorded_by         VARCHAR(50)  NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (amount IS NOT NULL OR quantity IS NOT NULL),
    CHECK (funding_source IN ('CENTRAL_BUDGET', 'PROVINCIAL_BUDGET', 'DISTRICT_BUDGET', 'COMMUNE_BUDGET', 'DONATIONS',
        'SOCIAL_POLICY_BANK', 'NATIONAL_RESERVE'))
);
CREATE INDEX support_disbursement_commune ON support_disbursement (commune_id, disbursed_on);
CREATE INDEX support_disbursement_household ON support_disbursement (household_id, program_id);
CREATE INDEX support_disbursement_program ON support_disbursement (program_id, disbursed_on);
-- The last line against "hưởng trùng": one grant per program, beneficiary and period unless overridden with a reason.
CREATE UNIQUE INDEX support_disbursement_no_duplicate
    ON support_disbursement (program_id, household_id, coalesce(member_id, 0), period_key)
    WHERE period_key IS NOT NULL AND override_reason IS NULL;

-- A Social Policy Bank loan: asked for, then lent (or refused), repaid over time.
CREATE TABLE support_loan (
    id               BIGSERIAL PRIMARY KEY,
    program_id       BIGINT      NOT NULL REFERENCES support_program (id),
    household_id     BIGINT      NOT NULL REFERENCES household (id),
    commune_id       BIGINT      NOT NULL REFERENCES area (id),
    requested_on     DATE        NOT NULL,
    requested_amount BIGINT      NOT NULL CHECK (requested_amount > 0),
    status           VARCHAR(12) NOT NULL CHECK (status IN ('REQUESTED', 'LENT', 'REFUSED', 'REPAID')),
    amount           BIGINT CHECK (amount > 0),
    lent_on          DATE,
    due_on           DATE,
    balance          BIGINT      NOT NULL DEFAULT 0 CHECK (balance >= 0),
    recorded_by      VARCHAR(50) NOT NULL,
    updated_by       VARCHAR(50) NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT      NOT NULL DEFAULT 0,
    CHECK (status NOT IN ('LENT', 'REPAID') OR (amount IS NOT NULL AND lent_on IS NOT NULL AND due_on IS NOT NULL)),
    CHECK (due_on IS NULL OR lent_on IS NULL OR due_on > lent_on),
    CHECK (amount IS NULL OR balance <= amount),
    CHECK (status <> 'REPAID' OR balance = 0)
);
CREATE INDEX support_loan_commune ON support_loan (commune_id, program_id, status);
CREATE INDEX support_loan_household ON support_loan (household_id);

-- The catalogue as of 2026: the 2021–2025 National Target Program's projects (Decision 90/QĐ-TTg), the policies
-- for poor and near-poor households and the VBSP credit programs (domain reference, section 3). Eligibility matches
-- vn.giamngheo.support.SupportPolicies; amounts that are unverified are left empty.
INSERT INTO support_program (code, name, kind, legal_basis, unit, beneficiary, eligible_categories, eligible_flags,
                             escaped_within_years, duplicate_period, funding_sources, coverage_role, default_amount) VALUES
('NTP-DA1', 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng KT-XH các huyện nghèo, xã ĐBKK vùng bãi ngang, ven biển và hải đảo',
    'NTP_PROJECT', 'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'DONG', 'HOUSEHOLD', '{}', '{}', 0, 'NONE',
    '{CENTRAL_BUDGET,PROVINCIAL_BUDGET}', NULL, NULL),
('NTP-DA2', 'Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', 'NTP_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'DONG', 'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 3, 'YEAR',
    '{CENTRAL_BUDGET,PROVINCIAL_BUDGET,DISTRICT_BUDGET}', NULL, NULL),
('NTP-DA3', 'Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', 'NTP_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'DONG', 'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 3, 'YEAR',
    '{CENTRAL_BUDGET,PROVINCIAL_BUDGET}', NULL, NULL),
('NTP-DA4', 'Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững', 'NTP_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'CLASS_PLACE', 'PERSON', '{POOR,NEAR_POOR}', '{}', 3, 'YEAR',
    '{CENTRAL_BUDGET,PROVINCIAL_BUDGET}', NULL, NULL),
('NTP-DA5', 'Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo', 'NTP_PROJECT',
    'Quyết định 90/QĐ-TTg; Thông tư 01/2022/TT-BXD', 'HOUSE', 'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 0, 'ONCE',
    '{CENTRAL_BUDGET,PROVINCIAL_BUDGET,DONATIONS}', NULL, NULL),
('NTP-DA6', 'Dự án 6: Truyền thông và giảm nghèo về thông tin', 'NTP_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'DONG', 'HOUSEHOLD', '{}', '{}', 0, 'NONE', '{CENTRAL_BUDGET}', NULL, NULL),
('NTP-DA7', 'Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình', 'NTP_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'DONG', 'HOUSEHOLD', '{}', '{}', 0, 'NONE', '{CENTRAL_BUDGET}', NULL, NULL),
('NTP-DA3-TDA2', 'Tiểu dự án 2 (Dự án 3): Cải thiện dinh dưỡng cho trẻ em dưới 16 tuổi', 'NTP_SUB_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'PACKAGE', 'PERSON', '{POOR,NEAR_POOR}', '{}', 3, 'YEAR',
    '{CENTRAL_BUDGET}', NULL, NULL),
('NTP-DA4-TDA1', 'Tiểu dự án 1 (Dự án 4): Đào tạo nghề cho người lao động', 'NTP_SUB_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'CLASS_PLACE', 'PERSON', '{POOR,NEAR_POOR}', '{}', 3, 'YEAR',
    '{CENTRAL_BUDGET,PROVINCIAL_BUDGET}', NULL, NULL),
('NTP-DA4-TDA2', 'Tiểu dự án 2 (Dự án 4): Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng', 'NTP_SUB_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'WORKER', 'PERSON', '{POOR,NEAR_POOR}', '{}', 3, 'ONCE',
    '{CENTRAL_BUDGET,SOCIAL_POLICY_BANK}', NULL, NULL),
('NTP-DA4-TDA3', 'Tiểu dự án 3 (Dự án 4): Hỗ trợ việc làm bền vững', 'NTP_SUB_PROJECT',
    'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'WORKER', 'PERSON', '{POOR,NEAR_POOR}', '{}', 3, 'YEAR',
    '{CENTRAL_BUDGET}', NULL, NULL),
('BHYT', 'Hỗ trợ mua thẻ bảo hiểm y tế', 'POLICY',
    'Nghị định 146/2018/NĐ-CP, sửa đổi bởi Nghị định 75/2023/NĐ-CP', 'CARD', 'PERSON', '{POOR,NEAR_POOR}', '{}', 0,
    'YEAR', '{CENTRAL_BUDGET,PROVINCIAL_BUDGET}', 'HEALTH_INSURANCE', NULL),
('HOC-PHI', 'Miễn, giảm học phí và hỗ trợ chi phí học tập', 'POLICY',
    'Nghị định 81/2021/NĐ-CP; Nghị định 238/2025/NĐ-CP từ 03/09/2025', 'DONG', 'PERSON', '{POOR,NEAR_POOR}', '{}', 0,
    'YEAR', '{CENTRAL_BUDGET,PROVINCIAL_BUDGET}', 'TUITION', NULL),
('TIEN-DIEN', 'Hỗ trợ tiền điện cho hộ nghèo, hộ chính sách xã hội', 'POLICY', 'Quyết định 28/2014/QĐ-TTg', 'DONG',
    'HOUSEHOLD', '{POOR}', '{SOCIAL_PROTECTION}', 0, 'QUARTER', '{CENTRAL_BUDGET,PROVINCIAL_BUDGET}', NULL, NULL),
('NHA-O', 'Hỗ trợ xây mới, sửa chữa nhà ở (nhà đại đoàn kết, nhà tình thương)', 'POLICY',
    'Nghị quyết 04/2021/NQ-HĐND tỉnh; vận động xã hội', 'HOUSE', 'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 0, 'ONCE',
    '{PROVINCIAL_BUDGET,DISTRICT_BUDGET,DONATIONS}', NULL, NULL),
('TET', 'Trợ cấp Tết cho hộ nghèo, hộ cận nghèo', 'LOCAL', 'Quyết định của UBND huyện/xã hằng năm', 'DONG',
    'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 0, 'TET_SEASON', '{PROVINCIAL_BUDGET,DISTRICT_BUDGET,COMMUNE_BUDGET}', NULL,
    500000),
('QUA-TET', 'Quà Tết (vận động, Quỹ vì người nghèo)', 'LOCAL', 'Kế hoạch của UBMTTQ và UBND huyện', 'PACKAGE',
    'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 0, 'TET_SEASON', '{DONATIONS}', NULL, 400000),
('GAO', 'Cấp gạo hỗ trợ cứu đói dịp Tết, giáp hạt', 'POLICY', 'Quyết định xuất cấp gạo dự trữ quốc gia của Thủ tướng',
    'KG', 'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 0, 'TET_SEASON', '{NATIONAL_RESERVE}', NULL, NULL),
('DOT-XUAT', 'Trợ cấp khó khăn đột xuất', 'LOCAL', 'Quyết định của UBND xã', 'DONG', 'HOUSEHOLD', '{}', '{}', 0,
    'NONE', '{COMMUNE_BUDGET,DISTRICT_BUDGET,DONATIONS}', NULL, NULL),
('DAT-SX', 'Hỗ trợ đất ở, đất sản xuất', 'POLICY', 'Quyết định của UBND tỉnh', 'SQUARE_METRE', 'HOUSEHOLD',
    '{POOR,NEAR_POOR}', '{}', 0, 'ONCE', '{PROVINCIAL_BUDGET}', NULL, NULL),
('VAY-HN', 'Cho vay hộ nghèo', 'CREDIT', 'Nghị định 78/2002/NĐ-CP; Nghị định 06/2026/NĐ-CP', 'LOAN', 'HOUSEHOLD',
    '{POOR}', '{}', 0, 'NONE', '{SOCIAL_POLICY_BANK}', 'LOAN', NULL),
('VAY-HCN', 'Cho vay hộ cận nghèo', 'CREDIT', 'Quyết định 15/2013/QĐ-TTg', 'LOAN', 'HOUSEHOLD', '{NEAR_POOR}', '{}', 0,
    'NONE', '{SOCIAL_POLICY_BANK}', 'LOAN', NULL),
('VAY-MTN', 'Cho vay hộ mới thoát nghèo', 'CREDIT', 'Quyết định 28/2015/QĐ-TTg', 'LOAN', 'HOUSEHOLD', '{}', '{}', 3,
    'NONE', '{SOCIAL_POLICY_BANK}', 'LOAN', NULL),
('VAY-HSSV', 'Cho vay học sinh, sinh viên có hoàn cảnh khó khăn', 'CREDIT', 'Quyết định 157/2007/QĐ-TTg', 'LOAN',
    'HOUSEHOLD', '{POOR,NEAR_POOR}', '{}', 0, 'NONE', '{SOCIAL_POLICY_BANK}', 'LOAN', NULL),
('VAY-NSVSMT', 'Cho vay nước sạch và vệ sinh môi trường nông thôn', 'CREDIT', 'Chương trình tín dụng của NHCSXH',
    'LOAN', 'HOUSEHOLD', '{}', '{}', 0, 'NONE', '{SOCIAL_POLICY_BANK}', 'LOAN', NULL),
('VAY-GQVL', 'Cho vay hỗ trợ tạo việc làm', 'CREDIT', 'Chương trình tín dụng của NHCSXH', 'LOAN', 'HOUSEHOLD', '{}',
    '{}', 0, 'NONE', '{SOCIAL_POLICY_BANK}', 'LOAN', NULL),
('VAY-XKLD', 'Cho vay đi làm việc ở nước ngoài theo hợp đồng', 'CREDIT', 'Chương trình tín dụng của NHCSXH', 'LOAN',
    'HOUSEHOLD', '{}', '{}', 0, 'NONE', '{SOCIAL_POLICY_BANK}', 'LOAN', NULL);

UPDATE support_program p SET parent_id = (SELECT id FROM support_program WHERE code = split_part(p.code, '-TDA', 1))
WHERE p.kind = 'NTP_SUB_PROJECT';
