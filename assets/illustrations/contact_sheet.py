"""A contact sheet of the content's pictures, to look at every one at a glance: each at
the size the detail card shows it and at the timeline card's thumbnail size, with its id.

    python assets/illustrations/contact_sheet.py out.png [content folder] [--scale 1.0]

Pictures are read by the kiosk's own rules (kiosk.ui.pictures.load_picture), so a picture
the kiosk would refuse shows as an empty square here too.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LARGE, SMALL, PAD, COLUMNS = 240, 96, 24, 6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("content", type=Path, nargs="?", default=ROOT / "data")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from kiosk.content.loader import load_content
    from kiosk.ui.pictures import load_picture

    app = QApplication.instance() or QApplication([])
    content = load_content(args.content, ROOT / "assets").content
    if content is None:
        print(f"{args.content} does not load; run kiosk validate"); return 1
    shown = [ms for ms in content.milestones if ms.image]
    cell_w, cell_h = LARGE + SMALL + 3 * PAD, LARGE + 2 * PAD + 28
    rows = max(1, -(-len(shown) // COLUMNS))
    sheet = QImage(COLUMNS * cell_w, rows * cell_h, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#1B2940"))
    painter = QPainter(sheet)
    painter.setFont(QFont("sans", 11))
    painter.setPen(QColor("#F5F7FA"))
    for i, ms in enumerate(shown):
        x, y = (i % COLUMNS) * cell_w + PAD, (i // COLUMNS) * cell_h + PAD
        for size, left in ((LARGE, x), (SMALL, x + LARGE + PAD)):
            image = load_picture(content.root, ms.image, size)
            if image is not None:
                painter.drawImage(left, y, image)
        painter.drawText(QRect(x, y + LARGE + 4, cell_w - PAD, 24), Qt.AlignmentFlag.AlignLeft, ms.id)
    painter.end()
    ok = sheet.save(str(args.out))
    print(f"{'wrote' if ok else 'could not write'} {args.out}: {len(shown)} pictures")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
