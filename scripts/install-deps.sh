#!/usr/bin/env bash
# Installs the Debian packages StaffPlan needs (C libraries it links, and the tools its tests use).
# Safe to run again; needs root (or sudo) and no TTY.
# --ci also installs what .ci/run checks the generated report and calendars with: chromium
# (headless screenshot of report.html) and python3-venv (a venv for PyPI's icalendar).
set -euo pipefail
ci=false
for argument in "$@"; do
  case "$argument" in
    --ci) ci=true ;;
    *) echo "usage: $0 [--ci]" >&2; exit 2 ;;
  esac
done
packages=(
  pkg-config
  liblapacke-dev libopenblas-dev   # LAPACKE: tridiagonal/banded solves (Queueing)
  coinor-libcbc-dev coinor-cbc     # CBC: LP/MIP (Optimization); the cbc CLI checks MPS export
  libyaml-dev                      # libyaml: scenario files (Planning)
)
if $ci; then
  packages+=(chromium python3 python3-venv)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
