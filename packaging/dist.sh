#!/usr/bin/env bash
# Builds the native packages for the system it runs on (called by `mvn -B package -Pdist`).
# Linux: app-image and .deb. macOS: app-image and .dmg. Windows: see packaging/windows/build.ps1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
case "$(uname -s)" in
    Linux) exec bash "$here/linux/build.sh" "$@" ;;
    Darwin) exec bash "$here/macos/build.sh" "$@" ;;
    *) echo "Sous Windows, lancez packaging\\windows\\build.ps1 (voir packaging/README.md)." >&2; exit 2 ;;
esac
