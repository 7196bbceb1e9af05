"""pyqtgraph plots made safe for a touch kiosk: no menus, no zoom buttons, no mouse zoom
or pan, and none of the parentless windows pyqtgraph creates left alive."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget


class KioskPlot(pg.PlotWidget):
    def __init__(self, parent: QWidget | None, background: QColor) -> None:
        before = set(QApplication.topLevelWidgets())
        super().__init__(parent, background=background)
        # pyqtgraph builds its option menus as parentless windows; adopt them so they are
        # freed with the plot instead of living for the life of the process.
        for orphan in set(QApplication.topLevelWidgets()) - before - {self}:
            if orphan.parent() is None:
                orphan.setParent(self, orphan.windowFlags())
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.vb.setDefaultPadding(0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys are the keypad's, never a plot's
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
