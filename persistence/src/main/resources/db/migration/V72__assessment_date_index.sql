-- Issue 12: "the year the register stands for" is max(assessed_on) over every assessment, asked several times by each
-- report page. Without an index on the date alone PostgreSQL read all assessments (a million rows, about 100 ms) each
-- time; with it, the maximum is one step down the index.
CREATE INDEX IF NOT EXISTS poverty_assessment_assessed_on ON poverty_assessment (assessed_on);
