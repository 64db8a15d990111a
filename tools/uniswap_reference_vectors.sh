#!/usr/bin/env bash
# Reference vectors for the Uniswap v2 / v3 maths, computed by the official Uniswap SDKs.
#
# Installs the SDKs from the npm registry into a throw-away directory (nothing is committed),
# runs uniswap_reference_vectors.cjs against them and writes the CSV files the Java tests read:
#   src/test/resources/defi/uniswap_v2_vectors.csv
#   src/test/resources/defi/uniswap_v3_vectors.csv
#
# Run from the repository root:  tools/uniswap_reference_vectors.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../src/test/resources/defi}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Pinned to the versions the committed vectors were generated with.
(cd "$work" && npm init -y >/dev/null \
  && npm install --no-audit --no-fund --silent \
       @uniswap/v3-sdk@3.31.5 @uniswap/sdk-core@7.19.4 @uniswap/v2-sdk@4.21.4 jsbi@3 >/dev/null)
mkdir -p "$out"
NODE_PATH="$work/node_modules" node "$here/uniswap_reference_vectors.cjs" "$out"
