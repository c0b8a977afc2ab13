#!/usr/bin/env bash
# Builds and runs the extraction benchmark (Google Benchmark) from the
# repository root. Measures documents/second and peak memory; see README,
# "Benchmark". Extra arguments go to the benchmark binary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
if ! dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed"; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends libbenchmark-dev
fi
cmake -S . -B build -DACTORNET_BUILD_BENCHMARKS=ON
cmake --build build --parallel "$(nproc)" --target actornet_bench
build/actornet_bench "$@"
