#!/usr/bin/env bash
# The native binary and the dll must print the same bytes. Sweeps the samples into two fresh stores with a
# fixed clock, one with each, and compares what a user reads: the sweep's Markdown and JSON, incidents,
# stories as NDJSON, the summary on stderr, and --help. Prints one line per output; exit 1 on any difference.
#
# usage: scripts/compare-native.sh NATIVE [DLL]    DLL defaults to the Debug build's sahel.dll
set -uo pipefail
cd "$(dirname "$0")/.."
native=${1:?usage: scripts/compare-native.sh NATIVE [DLL]}
dll=${2:-src/Sahel.Cli/bin/Debug/net10.0/sahel.dll}
[ -x "$native" ] || { echo "compare-native: $native is not an executable" >&2; exit 2; }
[ -f "$dll" ] || { echo "compare-native: $dll not found (dotnet build first)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now=2026-03-15T06:00:00Z
export NO_COLOR=1

run() { # run KIND NAME ARGS...: stdout to WORK/KIND.NAME, stderr to WORK/KIND.NAME.err, store WORK/KIND.db
    local kind=$1 name=$2; shift 2
    if [ "$kind" = native ]; then set -- "$native" "$@"; else set -- dotnet "$dll" "$@"; fi
    "$@" --db "$work/$kind.db" --now "$now" >"$work/$kind.$name" 2>"$work/$kind.$name.unsorted"
    local code=$?
    # A sweep prints each feed's line as that feed is stored, in the order they finish: compared as a set.
    LC_ALL=C sort "$work/$kind.$name.unsorted" >"$work/$kind.$name.err"
    echo "exit $code" >>"$work/$kind.$name.err"
}
for kind in native dll; do
    run "$kind" sweep.md sweep --feeds samples/feeds.opml
    run "$kind" sweep.json sweep --feeds samples/feeds.opml --format json
    run "$kind" incidents.json incidents --since 30d --format json
    run "$kind" incidents.md incidents --since 30d
    run "$kind" stories.ndjson stories --format ndjson
    run "$kind" help --help
done

status=0
for name in sweep.md sweep.json incidents.json incidents.md stories.ndjson help; do
    for part in "" .err; do
        if cmp -s "$work/native.$name$part" "$work/dll.$name$part"; then
            echo "identical: $name${part:+ (stderr)} ($(wc -c <"$work/native.$name$part") bytes)"
        else
            echo "DIFFERENT: $name${part:+ (stderr)}"; diff "$work/dll.$name$part" "$work/native.$name$part" | head -n 10; status=1
        fi
    done
done
grep -q "88 new items" "$work/native.sweep.md.err" || { echo "the native sweep did not store the 88 sample items"; status=1; }
exit $status
