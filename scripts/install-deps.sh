#!/usr/bin/env bash
# Installs every Debian 12 package ChangeRisk needs to build, test, fuzz and package.
# Idempotent: packages already present are left alone. Run as root (or with sudo).
set -euo pipefail

PACKAGES=(
    cmake ninja-build g++ ccache file dpkg-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-translations-l10n qt6-l10n-tools
    libboost-dev nlohmann-json3-dev libsqlitecpp-dev libsqlite3-dev libcli11-dev libfmt-dev
    libssl-dev libgtest-dev libgmock-dev libbenchmark-dev
    clang libclang-rt-14-dev
    xvfb xauth fonts-dejavu-core desktop-file-utils appstream poppler-utils sqlite3 util-linux time
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
