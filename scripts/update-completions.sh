#!/usr/bin/env bash
# Regenerates completions/ from the command tree (CompletionScriptTests fails while they are stale).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Sahel.Cli -v quiet -nologo >/dev/null
sahel() { dotnet src/Sahel.Cli/bin/Debug/net10.0/sahel.dll "$@"; }
sahel completions bash > completions/sahel.bash
sahel completions zsh > completions/_sahel
sahel completions fish > completions/sahel.fish
sahel completions pwsh > completions/sahel.ps1
echo "completions/ regenerated"
