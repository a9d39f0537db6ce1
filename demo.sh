#!/usr/bin/env bash
# Packs SrmAnalyzers and builds the demo (samples/UploadService) against the package, the way a
# user's build consumes it: the SRM warnings printed at the end are the package at work.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet pack nuget/SrmAnalyzers.Package.csproj -c Release -o artifacts

# The package keeps its version across changes and NuGet never re-extracts a version it already
# holds: drop the demo's extracted copy so the restore below takes the package just packed.
rm -rf samples/.packages/srmanalyzers

# --no-incremental: an up-to-date build skips the compiler, and with it the analyzers.
dotnet build samples/UploadService/UploadService.csproj --no-incremental "$@"
