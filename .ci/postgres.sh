#!/usr/bin/env bash
# Hook for .ci/run: a throwaway PostgreSQL for the store tests (issue 14 fills this in).
# Sourced by .ci/run, which calls postgres_start before the tests and postgres_stop at exit.
# postgres_start may export variables for the tests (for example SAHEL_TEST_PG, a connection string); tests
# that need PostgreSQL skip with a clear message when that variable is unset. Neither may fail CI because
# PostgreSQL is missing, and postgres_stop (run from the EXIT trap) must print nothing: the summary line has
# to stay the last line CI prints.
postgres_start() { :; }
postgres_stop() { :; }
