-- Issue 11: who viewed, exported, searched or changed whose personal data, and every login (Law 91/2025/QH15 on
-- personal data protection, Decree 13/2023/ND-CP Art. 27: a controller must be able to show who processed the data).
-- Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. Partitioned by month; the only way rows leave is
-- dropping a whole month's partition once it is older than the retention period (AuditPartitions).
CREATE TABLE audit_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor          VARCHAR(50)  NOT NULL,
    actor_role     VARCHAR(32),
    action         VARCHAR(24)  NOT NULL,
    household_id   BIGINT,
    member_id      BIGINT,
    target         VARCHAR(500) NOT NULL,
    detail         VARCHAR(2000),
    purpose        VARCHAR(300),
    client_address VARCHAR(64),
    outcome        INTEGER,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE INDEX audit_event_household ON audit_event (household_id, occurred_at) WHERE household_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Row triggers on a partitioned table are cloned onto every partition, present and future.
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- Creates the partition of the month holding the given day, if missing; returns its name.
CREATE FUNCTION audit_event_partition_for(day DATE) RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    first_day DATE := date_trunc('month', day)::DATE;
    name      TEXT := 'audit_event_' || to_char(first_day, 'YYYYMM');
BEGIN
    IF to_regclass(name) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)', name,
            first_day::TIMESTAMPTZ, (first_day + INTERVAL '1 month')::TIMESTAMPTZ);
        EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()', name);
    END IF;
    RETURN name;
END;
$$;

SELECT audit_event_partition_for((now() - INTERVAL '1 month')::DATE);
SELECT audit_event_partition_for(now()::DATE);
SELECT audit_event_partition_for((now() + INTERVAL '1 month')::DATE);
SELECT audit_event_partition_for((now() + INTERVAL '2 month')::DATE);
