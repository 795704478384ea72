#!/usr/bin/env bash
# The organisation library over TLS with sslmode=verify-full: a throwaway certificate authority and a
# server certificate for localhost, made here with openssl (a dependency of postgresql-common), given to a
# throwaway PostgreSQL that pg_virtualenv starts with ssl=on. Runs the OrgServerTls tests against it.
set -euo pipefail
tests="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cd "$dir"
quiet() { "$@" >/dev/null 2>&1; }
quiet openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ltw test authority" -keyout ca.key -out ca.crt
quiet openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
printf 'subjectAltName=DNS:localhost\n' > san.ext
quiet openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext -out server.crt
quiet openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=another authority" -keyout other.key -out other.crt
chmod 755 "$dir"
chmod 600 server.key
if [ "$(id -u)" -eq 0 ]; then chown postgres server.key server.crt; fi
# TLS is turned on in the running server (a reload is enough), then the tests run against it.
export LTW_TEST_TLS_ROOT="$dir/ca.crt" LTW_TEST_TLS_OTHER_ROOT="$dir/other.crt" LTW_TEST_TLS_DIR="$dir" LTW_TESTS="$tests"
pg_virtualenv -t bash -c '
    set -e
    psql -qc "ALTER SYSTEM SET ssl_cert_file = '"'"'$LTW_TEST_TLS_DIR/server.crt'"'"'"
    psql -qc "ALTER SYSTEM SET ssl_key_file = '"'"'$LTW_TEST_TLS_DIR/server.key'"'"'"
    psql -qc "ALTER SYSTEM SET ssl = on"
    psql -qAtc "SELECT pg_reload_conf()" >/dev/null
    exec "$LTW_TESTS" --gtest_filter="OrgServerTls*"'
