#!/usr/bin/env bash
# Installs the Debian 12 packages dyad needs to build and test. Runs apt-get only when a package
# is missing, so it is quick on a machine that already has them.
set -euo pipefail
packages=(build-essential cmake g++ pkg-config libicu-dev zlib1g-dev libgtest-dev libgmock-dev
          libbenchmark-dev clang-format iso-codes wdutch wamerican libsqlite3-dev sqlite3
          libtimezonemap-data libgeonames-common unicode-cldr-core)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
