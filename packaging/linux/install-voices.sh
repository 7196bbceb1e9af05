#!/usr/bin/env bash
# Voices for the kiosk's read-aloud on Debian or Ubuntu: speech-dispatcher with espeak-ng
# (English) and Open JTalk with the "Mei" voice (Japanese). Run as root; running it again
# changes nothing. Afterwards `spd-say -l ja "こんにちは"` should speak Japanese, and the
# kiosk's admin screen lists a voice for en and ja.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
wanted=$(grep -v '^#' "$here/speech-packages.txt" | tr '\n' ' ')
missing=""
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
install -D -m 0644 "$here/voices/mei/mei_normal.htsvoice" /usr/share/hts-voice/mei/mei_normal.htsvoice
install -D -m 0644 "$here/voices/mei/LICENSE" /usr/share/hts-voice/mei/LICENSE
install -D -m 0644 "$here/speechd/openjtalk-generic.conf" /etc/speech-dispatcher/modules/openjtalk-generic.conf
echo "read-aloud voices installed: English (espeak-ng), Japanese (Open JTalk, Mei)"
