// Shared with every package that tests against a database.
export * from '@bilat/db/testing';
