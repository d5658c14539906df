#!/bin/sh
# One command for a fresh Debian 12 machine: installs the build dependencies
# (apt-get, only what is missing), installs the pinned gazetteer packages
# and compiles the place-name index (make gazetteer; a no-op when it is up
# to date), builds, and runs a make target.
#   ./setup.sh demo   code the bundled example article
#   ./setup.sh test   build and pass every test
set -eu
cd "$(dirname "$0")"
target=${1:-demo}
sh scripts/install-deps.sh
make gazetteer
exec make "$target"
