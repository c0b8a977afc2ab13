#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite
# (unit tests of every module and end-to-end tests of the binary).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure --timeout 300 -j "$(nproc)"
