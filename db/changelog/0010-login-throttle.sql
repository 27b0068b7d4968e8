--liquibase formatted sql logicalFilePath:db/changelog/0010-login-throttle.sql

--changeset parley:0010-1
-- Failed sign-ins and bearer tokens, counted per account (lower-cased e-mail, known or not, so that a lock says
-- nothing about whether an account exists) and per client address. In the database so that every node of a
-- cluster sees the same counts; a row is reset by a success and forgotten once its window has passed.
create table login_throttle (
    scope         text        not null check (scope in ('ACCOUNT', 'ADDRESS', 'TOKEN_ADDRESS')),
    subject       text        not null,
    failures      integer     not null,
    last_failure  timestamptz not null,
    not_before    timestamptz not null,
    locked        boolean     not null default false,
    primary key (scope, subject)
);
create index login_throttle_last_failure_idx on login_throttle (last_failure);
