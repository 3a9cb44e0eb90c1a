-- Issue 11: first start, forced password change, lock-out that an attacker cannot aim at someone else.

-- Set when an administrator created or reset the password: the person must choose their own at the next login.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMPTZ;

-- Failed logins per account AND client address. A hard lock on the account alone lets anyone lock out anyone
-- (the administrator included) with five wrong passwords; throttling the pair with a growing pause slows a guesser
-- down just as well while the owner, from their own address, can still log in. Rows are counted with one atomic
-- UPDATE ... RETURNING, so parallel attempts are never lost (OWASP ASVS 2.2.1).
CREATE TABLE login_throttle (
    username        VARCHAR(50)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    failures        INTEGER      NOT NULL DEFAULT 0,
    blocked_until   TIMESTAMPTZ,
    last_failure_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, client_address)
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);
