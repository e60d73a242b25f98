#!/usr/bin/env bash
# Crash safety: `csdash import` of a batch is killed with SIGKILL at random moments, again and again
# on the same database; after every kill the file is sound and every document is whole or absent
# (`csdash check` re-reads each stored document and compares), and importing the batch again
# completes it. Then two processes import the same batch at once and one copy of each results.
set -uo pipefail
csdash=$1; corpus=$2; data=$3; shared=$4; work=$5; runs=${6:-50}
rm -rf "$work"; mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen
. "$(dirname "$0")/import_batch.sh"
count_documents() { echo $(($("$csdash" --database "$1" list documents | wc -l) - 1)); }
RANDOM=20101209
killed=0; failed=0
# Both databases start empty (no seeded published figures), so that the batch is all they hold.
rm -f "$work"/kill-1.sqlite*
"$csdash" --database "$work/kill-1.sqlite" --empty list documents >/dev/null || exit 1
for run in $(seq 1 "$runs"); do
    # Every other run starts from an empty database, so that kills land inside long imports too.
    db=$work/kill-$((run % 2)).sqlite
    if [ $((run % 2)) -eq 0 ]; then
        rm -f "$db" "$db-wal" "$db-shm"
        "$csdash" --database "$db" --empty list documents >/dev/null || exit 1
    fi
    delay=$(printf '0.%03d' $((RANDOM % 900 + 20)))
    timeout -s KILL "$delay" "$csdash" --database "$db" import "${batch[@]}" >/dev/null 2>&1
    [ $? -eq 137 ] && killed=$((killed + 1))
    if ! out=$("$csdash" --database "$db" check 2>&1); then
        echo "FAIL run $run (killed after ${delay}s): $out"; failed=$((failed + 1))
    fi
    # Importing the batch again completes it.
    if [ $((run % 5)) -eq 0 ]; then
        "$csdash" --database "$db" import "${batch[@]}" >"$work/again.txt" 2>&1 \
            || { echo "FAIL run $run: re-import did not complete"; cat "$work/again.txt"; failed=$((failed + 1)); }
        documents=$(count_documents "$db")
        [ "$documents" -eq "${#batch[@]}" ] \
            || { echo "FAIL run $run: $documents documents after re-import, expected ${#batch[@]}"; failed=$((failed + 1)); }
        "$csdash" --database "$db" check >/dev/null || { echo "FAIL run $run: check after re-import"; failed=$((failed + 1)); }
    fi
done
echo "kills: $killed of $runs runs were killed mid-import; every database stayed sound and whole: $([ $failed -eq 0 ] && echo yes || echo no)"

# Two processes, one database, the same files at the same moment.
for round in 1 2 3; do
    db2=$work/together-$round.sqlite
    "$csdash" --database "$db2" --empty list documents >/dev/null || exit 1
    "$csdash" --database "$db2" import "${batch[@]}" >"$work/a-$round.txt" 2>&1 &
    a=$!
    "$csdash" --database "$db2" import "${batch[@]}" >"$work/b-$round.txt" 2>&1 &
    b=$!
    wait $a; sa=$?; wait $b; sb=$?
    count=$(count_documents "$db2")
    if [ $sa -ne 0 ] || [ $sb -ne 0 ] || [ "$count" -ne "${#batch[@]}" ]; then
        echo "FAIL concurrent round $round: exits $sa/$sb, $count documents (expected ${#batch[@]})"
        cat "$work/a-$round.txt" "$work/b-$round.txt"; failed=$((failed + 1))
    fi
    "$csdash" --database "$db2" check >/dev/null || { echo "FAIL concurrent round $round: check"; failed=$((failed + 1)); }
done
echo "crash and concurrency: $((runs + 3 - failed)) passed, $failed failed"
[ $failed -eq 0 ]
