-- Who receives the e-mail digest of returned and overdue reviews (issue 14, item 3): an address per account.
CREATE TABLE review_digest_recipient (
    account_id BIGINT       PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    email      VARCHAR(200) NOT NULL
);
