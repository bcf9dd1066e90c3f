#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages HallDesk needs to build, run and test: everything
# scripts/demo.sh and scripts/test.sh call, down to a minimal Debian 12 (debootstrap
# --variant=minbase; scripts/test-fresh-debian.sh checks it there).
# Idempotent: only missing packages are installed. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-speech-dev libqt6texttospeech6
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  libqt6opengl6-dev libxkbcommon-dev
  openssl libssl-dev libsqlite3-dev libqrencode-dev libgl-dev
  fonts-noto-cjk
  fonts-dejavu-core
  # The tests: xvfb-run (demo check), pdftotext/pdfinfo/pdffonts/pdftoppm, zbarimg.
  xvfb xauth poppler-utils zbar-tools
  # scripts/with-postgres.sh: initdb and pg_ctl.
  postgresql
  # scripts/test-packages.sh: appstreamcli, desktop-file-validate, curl, file; lintian;
  # systemd-analyze (systemd); adduser, which halldesk-hq depends on (its postinst).
  appstream desktop-file-utils curl file
  lintian systemd adduser
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
