#!/usr/bin/env bash
# Installs the Debian 12 packages actornet needs (only those missing), then
# configures and builds it in build/. Safe to re-run. Runs as root, or uses
# sudo when it is there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(g++ make cmake pkg-config libigraph-dev libgraphviz-dev libpcre2-dev libcli11-dev nlohmann-json3-dev
          liblink-grammar-dev link-grammar-dictionaries-en
          googletest libgtest-dev libgmock-dev)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel "$(nproc)"
