#!/usr/bin/env bash
# Every case of the bad-input collection (tests/data/bad/generate.sh) through `csdash import`:
# a refused file gets a message naming it and the reason, a non-zero exit, and leaves the database
# as it was; an accepted one imports (or is already present) and says so.
set -uo pipefail
csdash=$1; corpus=$2; data=$3; work=$4; make_pdf=${5:-}
rm -rf "$work"; mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen
bash "$data/bad/generate.sh" "$work/bad" "$corpus" "$make_pdf" || { echo "generating the collection failed"; exit 1; }
db=$work/bad.sqlite
# The five documents without the seeded published figures: the database is listed before and after
# every case, and 200,000 values listed 53 times would take most of the run.
rm -f "$db"*
"$csdash" --database "$db" --empty import "$corpus"/*.txt >/dev/null || { echo "cannot create the database"; exit 1; }
snapshot() {
    for what in judgements findings observations documents; do
        "$csdash" --database "$db" list "$what" || return 1
    done
}
before=$(snapshot) || { echo "cannot list the seeded database"; exit 1; }
tried=0; failed=0
while read -r expectation name; do
    tried=$((tried + 1))
    file=$work/bad/$name
    output=$(timeout 120 "$csdash" --database "$db" import "$file" 2>&1); status=$?
    after=$(snapshot)
    if [ "$expectation" = refused ]; then
        if [ $status -eq 0 ] || [ $status -ge 124 ]; then
            echo "FAIL $name: expected a refusal, got exit $status: $output"; failed=$((failed + 1)); continue
        fi
        if ! grep -qF "$file: error: " <<<"$output"; then
            echo "FAIL $name: the message does not name the file and the reason: $output"; failed=$((failed + 1)); continue
        fi
        if [ "$after" != "$before" ]; then
            echo "FAIL $name: the database changed"; failed=$((failed + 1)); continue
        fi
    else
        if [ $status -ne 0 ]; then
            echo "FAIL $name: expected it to be accepted, got exit $status: $output"; failed=$((failed + 1)); continue
        fi
        if ! grep -qE "already imported|warning:|imported" <<<"$output"; then
            echo "FAIL $name: no account of what happened: $output"; failed=$((failed + 1)); continue
        fi
        before=$after
    fi
    echo "ok   $name: $(head -n 1 <<<"$output" | sed "s|$work/bad/||")"
done <"$work/bad/MANIFEST"
"$csdash" --database "$db" check || { echo "FAIL: the database is not sound afterwards"; failed=$((failed + 1)); }

# A damaged database: opening does not read the whole file (that would cost more the larger it
# grows), so `csdash check` finds the damage (a command that meets a damaged page says so too:
# tst_store); --rebuild checks, then rebuilds from the texts the file still holds, keeping it as a backup.
damaged=$work/damaged.sqlite
"$csdash" --database "$damaged" list documents >/dev/null
size=$(stat -c %s "$damaged")
head -c 16384 /dev/zero | tr '\0' 'Z' | dd of="$damaged" bs=1 seek=$((size / 3)) conv=notrunc status=none
tried=$((tried + 1))
if output=$("$csdash" --database "$damaged" check 2>&1) || ! grep -q "damaged" <<<"$output"; then
    echo "FAIL damaged database: check did not find it: $output"; failed=$((failed + 1))
elif ! "$csdash" --database "$damaged" --rebuild check >"$work/rebuild.txt" 2>&1 \
    || ! ls "$damaged".damaged-* >/dev/null 2>&1; then
    echo "FAIL damaged database: rebuild"; cat "$work/rebuild.txt"; failed=$((failed + 1))
else
    echo "ok   damaged database: found by check, rebuilt, backup kept ($(grep -o '[0-9]* of [0-9]* documents recovered' "$work/rebuild.txt"))"
fi
echo "bad inputs: $((tried - failed)) passed, $failed failed"
[ $failed -eq 0 ]
