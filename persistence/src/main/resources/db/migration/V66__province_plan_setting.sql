-- Issue 14: since 01/07/2025 a province works with its communes directly; where it lets them, a commune official
-- makes the plan targets of their own commune and enters its figures (otherwise only the district's or the
-- province department's officers do). One row per province; no row means off.
CREATE TABLE province_plan_setting (
    province_id      BIGINT      PRIMARY KEY REFERENCES area (id),
    commune_owns_plan BOOLEAN    NOT NULL DEFAULT FALSE,
    set_by           VARCHAR(50) NOT NULL,
    set_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
