#!/usr/bin/env bash
# Installs what the notebooks need, from Debian's packages only (PyPI is not reachable in CI):
# nbconvert to execute them headless, the IPython kernel, pandas and matplotlib.
# Idempotent: installs nothing when every package is already there. Needs root (or sudo).
set -euo pipefail
PACKAGES=(jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "notebooks/setup.sh: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
