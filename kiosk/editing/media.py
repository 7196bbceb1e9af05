"""A slide's media: a picture next to the timeline is copied in under the content
limits; anything on the web is kept as a source for the editor, since the kiosk never
fetches anything; anything else is reported and left out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..content import files, images
from .plain import one_line, plain
from .report import Report, quoted

_WEB = re.compile(r"^(https?:)?//", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
MAX_SOURCE_CHARS = 2_000


class Media:
    def __init__(self, folder: Path, name: str, report: Report) -> None:
        self.folder = folder
        self.name = name
        self.report = report
        self.images: dict[str, bytes] = {}  # images/<id>.<ext> -> the bytes, as checked

    def say(self, kind: str, message: str, entry: str, field: str) -> None:
        self.report.add(kind, self.name, message, entry, field)

    def take(self, media: Any, ms_id: str, entry: str) -> tuple[str | None, list[str], dict[str, str]]:
        """(the picture's name in the content folder, or None; sources to keep; the picture's
        words: image_alt, image_credit, image_caption, as the slide gives them)."""
        if not isinstance(media, dict):
            return None, [], {}
        url = media.get("url")
        url = url.strip() if isinstance(url, str) else ""
        image, sources = None, []
        if _WEB.match(url):
            if len(url) <= MAX_SOURCE_CHARS:
                sources.append(url)
            self.say("dropped", f"{quoted(url)} is on the web, which the kiosk never fetches; kept "
                     "in the milestone's sources. Save the picture beside the timeline to use it.",
                     entry, "media.url")
        elif url.startswith("<"):
            self.say("dropped", "the media is embedded HTML (a quote or a player), which the "
                     "kiosk does not show; left out.", entry, "media.url")
        elif _SCHEME.match(url) and not re.match(r"^[A-Za-z]:[\\/]", url):
            self.say("dropped", f"{quoted(url)} is not a picture file or a web address; left out.",
                     entry, "media.url")
        elif url:
            image = self._copy(url, ms_id, entry)
        link = media.get("link")
        if isinstance(link, str) and _WEB.match(link.strip()) and len(link) <= MAX_SOURCE_CHARS:
            sources.append(link.strip())
        thumbnail = one_line(plain(media.get("thumbnail")))
        if thumbnail:
            self.say("dropped", f"the media thumbnail {quoted(thumbnail)} is not used: the kiosk "
                     "makes its own from the picture.", entry, "media.thumbnail")
        words = {field: value for field, key in (("image_alt", "alt"), ("image_credit", "credit"),
                                                 ("image_caption", "caption"))
                 if (value := one_line(plain(media.get(key))))}
        if image is None:
            for field, value in words.items():
                self.say("dropped", f"{quoted(value)} describes a picture that is not brought in; "
                         "left out.", entry, f"media.{field.removeprefix('image_')}")
            return None, sources, {}
        if images.is_photograph(image) and "image_credit" not in words:
            del self.images[image]
            self.say("dropped", f"the photograph {quoted(url)} has no credit, and the kiosk shows "
                     "none without one; left out. Add a media credit and import again.",
                     entry, "media.credit")
            return None, sources, {}
        return image, sources, words

    def _copy(self, rel: str, ms_id: str, entry: str) -> str | None:
        suffix = Path(rel).suffix.lower()
        if suffix not in images.SUFFIXES:
            self.say("dropped", f"{quoted(rel)} is not a picture the kiosk shows (PNG, JPEG or "
                     "SVG); left out.", entry, "media.url")
            return None
        limit = files.MAX_SVG_BYTES if suffix == ".svg" else files.MAX_IMAGE_BYTES
        try:
            data = files.read_bytes(files.open_folder(self.folder), rel, limit)
        except FileNotFoundError:
            self.say("dropped", f"{quoted(rel)} was not found beside the timeline; left out.",
                     entry, "media.url")
            return None
        except (files.Refused, OSError) as exc:
            self.say("dropped", f"the picture {quoted(rel)} {exc}", entry, "media.url")
            return None
        problem = images.problem(data, suffix)
        if problem:
            self.say("dropped", f"the picture {quoted(rel)} {problem}", entry, "media.url")
            return None
        name = f"images/{ms_id}{'.jpg' if suffix == '.jpeg' else suffix}"
        self.images[name] = data
        self.say("converted", f"the picture {quoted(rel)} was copied in as {name}.", entry,
                 "media.url")
        return name
