#!/usr/bin/env bash
# Start-up benchmark: `sahel --help` (parse, build the command tree, print help, exit) as the release ships it
# (Native AOT) and as `dotnet tool install` runs it (the dll), in the same hyperfine run so the ratio holds on
# a noisy machine. Also `sahel --version`. Prints hyperfine's Markdown table.
#
# usage: bench/startup-bench.sh [--runs 50] [--native PATH] [--dll PATH]   (prebuilt binaries skip the build)
# needs: the .NET SDK, hyperfine (Debian: apt-get install hyperfine)
set -euo pipefail
runs=50 native="" dll=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --native) native=$2; shift 2 ;;
        --dll) dll=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/common.sh"
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
work="$(mktemp -d /tmp/sahel-startup-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [ -z "$native" ] || [ -z "$dll" ]; then
    build_sahel "$root" "$work"
    native=${native:-$sahel_native}
    dll=${dll:-$work/dll/sahel.dll}
fi
commands=()
[ -n "$native" ] && commands+=(-n "sahel --help (native)" "$native --help")
commands+=(-n "sahel --help (dll)" "dotnet $dll --help")
[ -n "$native" ] && commands+=(-n "sahel --version (native)" "$native --version")
commands+=(-n "sahel --version (dll)" "dotnet $dll --version")
echo "## Start-up: mean of $runs runs after 5 warm-ups, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
echo
hyperfine -N --warmup 5 --runs "$runs" --style basic --export-markdown "$work/startup.md" "${commands[@]}" >&2
cat "$work/startup.md"
