#!/usr/bin/env bash
# Installs what the system needs from Debian, once; safe to run again (does nothing when all is there).
#   rabbitmq-server  the message broker the app host and the tests start as private nodes
#   fonts-dejavu-core  the TrueType font the decision-reading tests write their PDF with (Vietnamese glyphs)
#   sqlite3          the SQLite shell scripts/backup.sh and scripts/restore.sh take and check the backups with
#   libreoffice-writer-nogui, libreoffice-calc-nogui  (only with --reports) to check exported .docx/.xlsx
#   chromium  (only with --browser) for the browser tests
#   kubernetes-client  (only with --kubectl, and only when no kubectl is on the PATH: another package may own
#                      /usr/bin/kubectl) to render deploy/ client-side
set -euo pipefail

want=(rabbitmq-server fonts-dejavu-core sqlite3)
for arg in "$@"; do
  case "$arg" in
    --reports) want+=(libreoffice-writer-nogui libreoffice-calc-nogui) ;;
    --browser) want+=(chromium) ;;
    --kubectl) command -v kubectl >/dev/null || want+=(kubernetes-client) ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing from Debian: ${missing[*]}"
$SUDO apt-get update -qq
# The package's postinst tries to start the system service; policy-rc.d may refuse, which is fine:
# we never use the system service, only private nodes started by scripts/start-rabbit.sh.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
