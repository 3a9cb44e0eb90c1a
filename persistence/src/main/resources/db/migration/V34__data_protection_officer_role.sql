-- Issue 11: a data-protection officer reads the audit of personal data (Decree 13/2023/NĐ-CP, Art. 28).
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'account'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%role%'
    LOOP
        EXECUTE format('ALTER TABLE account DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;
ALTER TABLE account ADD CONSTRAINT account_role_check
    CHECK (role IN ('COMMUNE_OFFICIAL', 'DISTRICT_OFFICER', 'PROVINCIAL_VIEWER', 'ADMIN', 'DATA_PROTECTION_OFFICER'));
