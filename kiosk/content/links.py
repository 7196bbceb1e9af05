"""A milestone's `url`: a public page about it, for the QR code a visitor takes home.

Checked as untrusted input: http or https only, a host, no spaces or control characters,
bounded in length, and no tracking parameters (a museum does not track its visitors
through a poster on the wall). Plain Python, no Qt.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

MAX_URL = 300  # a QR code at version 10 or so: still read from across a card at 1080p
TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|igshid|yclid|_hs[a-z]+|ref|j-short)$",
                      re.IGNORECASE)


def problem(url: str) -> str | None:
    """Why `url` cannot go on a card, in plain words; None when it can."""
    if len(url) > MAX_URL:
        return f"is {len(url)} characters long; {MAX_URL} at most, so a phone can read its QR code."
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return "contains a space or a control character."
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http"):
        return "must start with https:// (or http://)."
    if not parts.hostname or "." not in parts.hostname:
        return "has no web address after https://."
    if parts.username or parts.password:
        return "must not carry a user name or password."
    tracked = [name for name, _value in parse_qsl(parts.query, keep_blank_values=True) if TRACKING.match(name)]
    if tracked:
        return f"carries tracking parameters ({', '.join(tracked)}); remove them."
    return None


def short(url: str, width: int = 40) -> str:
    """The address as a visitor reads it beside the code: no scheme, no "www.", and past
    `width` characters only the host and the last part ("sony.com/…/sumatraforest")."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s and s not in ("index.html", "index.htm")]
    text = "/".join([host, *segments])
    if len(text) <= width or not segments:
        return text
    last, room = segments[-1], max(8, width - len(host) - 3)
    return f"{host}/…/{last if len(last) <= room else last[:room - 1] + '…'}"
