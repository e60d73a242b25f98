#!/usr/bin/env bash
# Crash safety on a team's server: `csdash import` of a batch into PostgreSQL is cut off again and
# again — the importing process killed with SIGKILL, or the server itself stopped at once as in a
# crash or a network cut — and after each the database holds every document whole or not at all
# (`csdash check`), the importer that lost its server says so and fails, and importing the batch
# again completes it. A server of its own (tests/postgres/server.sh), so that stopping it leaves
# the other tests' server alone.
set -uo pipefail
csdash=$1; corpus=$2; data=$3; shared=$4; work=$5; runs=${6:-12}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"; mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen
server=$work/server
trap '"$here/server.sh" stop "$server" >/dev/null 2>&1' EXIT
"$here/server.sh" start "$server" || exit 1
db=$(cat "$server/url")
. "$here/../reliability/import_batch.sh"
count_documents() { echo $(($("$csdash" --database "$db" list documents | wc -l) - 1)); }
empty_database() {
    psql -X -q -d "${db%/*}/postgres" -c "SET client_min_messages = warning" \
        -c "DROP DATABASE IF EXISTS csdash_test WITH (FORCE)" -c "CREATE DATABASE csdash_test" || exit 1
    "$csdash" --database "$db" --empty list documents >/dev/null || exit 1
}
RANDOM=20100512
failed=0; killed=0; cut=0; told=0
for run in $(seq 1 "$runs"); do
    [ $((run % 3)) -eq 1 ] && empty_database
    delay=$(printf '0.%03d' $((RANDOM % 700 + 50)))
    if [ $((run % 2)) -eq 0 ]; then
        # The importer killed.
        timeout -s KILL "$delay" "$csdash" --database "$db" import "${batch[@]}" >/dev/null 2>&1
        [ $? -eq 137 ] && killed=$((killed + 1))
    else
        # The server gone under a running import.
        "$csdash" --database "$db" import "${batch[@]}" >"$work/cut.txt" 2>&1 &
        importer=$!
        sleep "$delay"
        "$here/server.sh" halt "$server"
        wait $importer; status=$?
        if [ $status -ne 0 ]; then
            cut=$((cut + 1))
            grep -q "connection to the database server was lost\|cannot connect to the database" "$work/cut.txt" \
                && told=$((told + 1)) \
                || { echo "FAIL run $run: the importer failed without saying the server was lost:"; cat "$work/cut.txt"; failed=$((failed + 1)); }
        fi
        "$here/server.sh" resume "$server" || exit 1
    fi
    if ! out=$("$csdash" --database "$db" check 2>&1); then
        echo "FAIL run $run (cut after ${delay}s): $out"; failed=$((failed + 1))
    fi
    if [ $((run % 3)) -eq 0 ]; then
        "$csdash" --database "$db" import "${batch[@]}" >"$work/again.txt" 2>&1 \
            || { echo "FAIL run $run: re-import did not complete"; cat "$work/again.txt"; failed=$((failed + 1)); }
        documents=$(count_documents)
        [ "$documents" -eq "${#batch[@]}" ] \
            || { echo "FAIL run $run: $documents documents after re-import, expected ${#batch[@]}"; failed=$((failed + 1)); }
    fi
done
echo "kills: $killed importers killed, $cut imports cut by the server stopping ($told said so), of $runs runs"

# Two importers at once on the server: one copy of each, and both succeed.
empty_database
"$csdash" --database "$db" import "${batch[@]}" >"$work/a.txt" 2>&1 &
a=$!
"$csdash" --database "$db" import "${batch[@]}" >"$work/b.txt" 2>&1 &
b=$!
wait $a; sa=$?; wait $b; sb=$?
count=$(count_documents)
if [ $sa -ne 0 ] || [ $sb -ne 0 ] || [ "$count" -ne "${#batch[@]}" ]; then
    echo "FAIL concurrent: exits $sa/$sb, $count documents (expected ${#batch[@]})"
    cat "$work/a.txt" "$work/b.txt"; failed=$((failed + 1))
fi
if [ $killed -eq 0 ] || [ $cut -eq 0 ]; then
    echo "FAIL: no run was cut in the middle (killed $killed, server stopped under $cut); the test proved nothing"
    failed=$((failed + 1))
fi
[ $failed -eq 0 ]
