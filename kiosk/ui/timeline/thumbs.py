"""Thumbnails for the timeline's cards: decoded on a card's first paint (a turn of the event
loop later, kiosk.ui.decoding), and kept for the few hundred pictures most recently shown.

A card asks for its picture as it paints. The first time, it gets None and paints a tile
of its category's colour in the picture's place; the picture is then decoded by the
content's rules (kiosk.ui.pictures.load_picture) at the size the card shows it, and the
cards showing it repaint. Requests wait until `start()`, just after the first frame, so no
decoding competes with it; nothing is decoded for a card that is never on screen, so the
cost follows what is shown, not how much content there is.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from ..decoding import decode_later

KEEP = 200  # pictures kept: a 4K screen's worth of cards many times over, ~30 MB at most


class Thumbnails(QObject):
    ready = Signal(str)  # the picture's name in the content folder: repaint the cards showing it

    def __init__(self, root: Path, parent: QObject) -> None:
        super().__init__(parent)
        self._root = root
        self._kept: OrderedDict[tuple[str, int], QPixmap | None] = OrderedDict()
        self._loading: set[tuple[str, int]] = set()
        self._held: list[tuple[str, int]] | None = []  # asked for before start()

    def start(self) -> None:
        """The first frame is up: decode what its cards asked for, and from now on at once."""
        held, self._held = self._held or [], None
        for key in held:
            self._load(key)

    def get(self, rel: str, size: int) -> QPixmap | None:
        """The picture `rel` fitted into a `size`-pixel square, or None until it is ready
        (or if it cannot be read: then the tile stands in for good)."""
        key = (rel, size)
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        if key not in self._loading:
            self._loading.add(key)
            if self._held is not None:
                self._held.append(key)
            else:
                self._load(key)
        return None

    def _load(self, key: tuple[str, int]) -> None:
        decode_later(self, self._root, *key, lambda image: self._on_loaded(key, image))

    def _on_loaded(self, key: tuple[str, int], image) -> None:
        self._loading.discard(key)
        self._kept[key] = QPixmap.fromImage(image) if image is not None else None
        while len(self._kept) > KEEP:
            self._kept.popitem(last=False)
        self.ready.emit(key[0])
