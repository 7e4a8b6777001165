#!/usr/bin/env bash
# Installs, from Debian 12's packages, whatever claimcheck's build lacks; installs nothing that is
# already there. With --test it adds what the whole test suite needs (Python's distributed engine,
# a headless browser and a CJK font for it, clang for the fuzz targets).
set -euo pipefail

packages=(cmake make g++ pkg-config libre2-dev libicu-dev libfmt-dev nlohmann-json3-dev catch2 python3)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(python3-distributed chromium fonts-wqy-microhei clang libclang-rt-14-dev)
elif [[ $# -gt 0 ]]; then
  echo "usage: scripts/setup.sh [--test]" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup: every package is installed"
  exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "setup: run as root to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
