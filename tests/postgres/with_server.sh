#!/usr/bin/env bash
# Runs a test against the throwaway server that the postgres_server_start test started in DIR:
# with_server.sh DIR command... sets CSDASH_TEST_POSTGRES to the server's address (without a
# database: each test makes its own) and runs the command.
set -euo pipefail
dir=${1:?the server folder}
shift
if [[ ! -f "$dir/url" ]]; then
    echo "with_server.sh: no test server is running in $dir (the postgres_server_start test failed?)" >&2
    exit 1
fi
url=$(cat "$dir/url")
export CSDASH_TEST_POSTGRES=${url%/*}
export CSDASH_TEST_POSTGRES_DIR=$dir
exec "$@"
