#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run the whole pipeline on
# data/ (outputs in output/ and graphs/). Extra arguments go to `actornet run`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
build/actornet run "$@"
