#!/usr/bin/env bash
# Release binaries: one native (Native AOT) `sahel` per runtime identifier, packed as
# artifacts/release/sahel-VERSION-RID.tar.gz (.zip for Windows) with SHA256SUMS beside them.
#
# usage: scripts/publish.sh [RID...]            default: the host's RID (linux-x64 on CI)
#        scripts/publish.sh --all               linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64
#        scripts/publish.sh --fallback RID...   where Native AOT cannot be built here, build a trimmed
#                                               self-contained single file instead (needs no native toolchain)
#
# Native AOT compiles to native code with the host's C toolchain, so it only builds for the host's OS, and
# for another architecture only with a cross toolchain (clang plus a target sysroot). A RID that cannot be
# built is reported and skipped; the script fails only when nothing could be built or a build that could run
# failed. Every binary built for the host is run once (`--version`) before it is packed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

all=(linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64)
rids=() fallback=0
while [ $# -gt 0 ]; do
    case "$1" in
        --all) rids=("${all[@]}"); shift ;;
        --fallback) fallback=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "publish.sh: unknown option $1" >&2; exit 2 ;;
        *) rids+=("$1"); shift ;;
    esac
done

host_os() { case "$(uname -s)" in Linux) echo linux ;; Darwin) echo osx ;; *) echo win ;; esac; }
host_arch() { case "$(uname -m)" in x86_64|amd64) echo x64 ;; aarch64|arm64) echo arm64 ;; *) uname -m ;; esac; }
host="$(host_os)-$(host_arch)"
[ ${#rids[@]} -gt 0 ] || rids=("$host")

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)"
commit="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
out="artifacts/release"
mkdir -p "$out"

# can_aot RID: Native AOT for RID is possible with this machine's toolchain.
can_aot() {
    local rid=$1
    [ "$rid" = "$host" ] && return 0
    # Another architecture of the same OS: needs clang and a sysroot for it (see the .NET cross-compilation docs).
    [ "${rid%-*}" = "${host%-*}" ] && command -v clang >/dev/null && [ -n "${SAHEL_SYSROOT:-}" ] && return 0
    return 1
}

built=() skipped=() failed=()
for rid in "${rids[@]}"; do
    dir="artifacts/publish/$rid"
    rm -rf "$dir"
    if can_aot "$rid"; then
        kind="native AOT"
        extra=()
        [ "$rid" != "$host" ] && extra=(-p:SysRoot="$SAHEL_SYSROOT")
        cmd=(dotnet publish src/Sahel.Cli -c Release -r "$rid" -p:PublishAot=true -p:SahelCommit="$commit" "${extra[@]}" -o "$dir" -nologo)
    elif [ "$fallback" = 1 ]; then
        kind="self-contained single file (not AOT: no $rid toolchain here)"
        cmd=(dotnet publish src/Sahel.Cli -c Release -r "$rid" --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true
             -p:IncludeNativeLibrariesForSelfExtract=true -p:SahelCommit="$commit" -o "$dir" -nologo)
    else
        echo "== $rid: skipped (Native AOT for $rid needs its own C toolchain here; --fallback builds a self-contained single file)" >&2
        skipped+=("$rid")
        continue
    fi
    echo "== $rid: $kind" >&2
    start=$(date +%s)
    if ! "${cmd[@]}" -v minimal; then
        echo "== $rid: build FAILED" >&2
        failed+=("$rid")
        continue
    fi
    exe=sahel; case "$rid" in win-*) exe=sahel.exe ;; esac
    if [ "$rid" = "$host" ]; then
        "$dir/$exe" --version >/dev/null || { echo "== $rid: the binary does not run" >&2; failed+=("$rid"); continue; }
    fi
    name="sahel-$version-$rid"
    stage="artifacts/stage/$name"
    rm -rf "$stage"; mkdir -p "$stage"
    # The executable and the native libraries it loads (SQLite: libe_sqlite3.so / .dylib / e_sqlite3.dll);
    # not the symbols (sahel.dbg, .pdb), which stay in artifacts/publish/RID for debugging.
    cp "$dir/$exe" README.md LICENSE CHANGELOG.md "$stage/"
    find "$dir" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o \( -name '*.dll' ! -name 'sahel.dll' \) \) -exec cp {} "$stage/" \;
    cp -r completions "$stage/"
    case "$rid" in
        win-*) (cd artifacts/stage && rm -f "../../$out/$name.zip" && zip -qr "../../$out/$name.zip" "$name") ;;
        *) tar -C artifacts/stage -czf "$out/$name.tar.gz" --owner=0 --group=0 --sort=name "$name" ;;
    esac
    size=$(du -h "$dir/$exe" | cut -f1)
    echo "== $rid: $kind, $size, $(( $(date +%s) - start )) s -> $out/$name" >&2
    built+=("$rid")
done

(cd "$out" && ls sahel-* >/dev/null 2>&1 && sha256sum sahel-* > SHA256SUMS) || true
echo "built: ${built[*]:-none}; skipped: ${skipped[*]:-none}; failed: ${failed[*]:-none}"
[ ${#failed[@]} -eq 0 ] && [ ${#built[@]} -gt 0 ]
