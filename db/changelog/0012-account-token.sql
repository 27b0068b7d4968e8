--liquibase formatted sql logicalFilePath:db/changelog/0012-account-token.sql

--changeset parley:0012-1
-- Single-use links sent by e-mail: an invitation to set a first password, or a password reset. Only a SHA-256
-- hash of each token is kept, as for API tokens; a token is spent by setting used_at.
create table account_token (
    id         bigint generated always as identity primary key,
    person_id  bigint      not null references person (id) on delete cascade,
    purpose    text        not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash text        not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_token_person_idx on account_token (person_id, purpose);

--changeset parley:0012-2
-- Requests for a reset link are throttled like sign-ins: per e-mail address (known or not) and per client address.
alter table login_throttle drop constraint login_throttle_scope_check;
alter table login_throttle add constraint login_throttle_scope_check check (scope in ('ACCOUNT', 'ADDRESS',
    'TOKEN_ADDRESS', 'RESET_ACCOUNT', 'RESET_ADDRESS'));
