#!/usr/bin/env bash
# Add briefing-app to the current user's application menu (no root needed).
#   bash install-desktop-entry.sh        (run from the unpacked dist/briefing-app folder)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$here/briefing-app\" %f|" \
    -e "s|^Icon=.*|Icon=$here/_internal/resources/icons/briefing-app.png|" \
    "$here/briefing-app.desktop" > "$apps/briefing-app.desktop"
echo "installed $apps/briefing-app.desktop"
