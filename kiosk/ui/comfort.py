"""The visitors' comfort controls: a clearly marked button, always on screen, opens large
toggles for the text size (100, 130 or 160 %), high contrast, calm motion, sound and, where
the language has a voice, reading each card aloud. Each choice
is visitor state: it shows at once behind the panel, and the idle reset returns it to the
operator's default. Toggles are painted pills with plain text, as big as the chips.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QHBoxLayout, QWidget

from ..visit.state import VisitorState
from . import accessible, fonts, theme
from .buttons import RoundButton, pill_painter
from .controller import TEXT_SIZES, Controller
from .i18n import translate
from .widgets import Overlay, Retranslates, follow, plain_label

SAMPLE_TYPE = {100: 30, 130: 39, 160: 48}  # the "A" on each text-size pill, at 1080p


class Pill(QAbstractButton):
    """A large toggle: its label in plain text, filled when on, with a heavier outline."""

    def __init__(self, parent: QWidget, type_px: int = 26) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._type_px = type_px
        self._label = ""
        self._metrics = theme.Metrics(1920, 1080)
        self._lang = "en"

    def set_label(self, label: str, spoken: str, metrics: theme.Metrics, lang: str) -> None:
        self._label, self._metrics, self._lang = label, metrics, lang
        self.setAccessibleName(spoken)
        font = fonts.font(metrics.type(self._type_px), lang, bold=True)
        self.setFont(font)
        width = self.fontMetrics().horizontalAdvance(label) + metrics.px(72)
        self.setFixedSize(QSize(max(width, metrics.px(150)),
                                max(metrics.px(88), round(self.fontMetrics().height() * 1.5))))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        m = self._metrics
        painter, rect, radius = pill_painter(self, m.px(3))
        on = self.isChecked()
        painter.setPen(QPen(theme.TEXT, m.px(5) if on else m.px(2)))
        painter.setBrush(theme.TEXT if on else (theme.SURFACE_PRESSED if self.isDown() else theme.SURFACE))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor(theme.BACKGROUND) if on else theme.TEXT)
        painter.setFont(self.font())
        painter.drawText(QRectF(rect), int(Qt.AlignmentFlag.AlignCenter), self._label)


class ComfortPanel(Retranslates, Overlay):
    closed = Signal()

    def __init__(self, window: QWidget, state: VisitorState, controller: Controller) -> None:
        super().__init__(window, "comfort")
        self._window, self._state, self._controller = window, state, controller
        self.heading = plain_label(self.panel)
        self.size_label = plain_label(self.panel)
        self.motion_label = plain_label(self.panel)
        self.close_button = RoundButton("close", 72, self.panel)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.sizes = {percent: Pill(self.panel, SAMPLE_TYPE[percent]) for percent in TEXT_SIZES}
        for percent, pill in self.sizes.items():
            pill.clicked.connect(lambda _checked=False, p=percent: self._controller.set_text_size(p))
        self.calm = Pill(self.panel)
        self.calm.clicked.connect(lambda _checked=False: self._controller.set_calm_motion(not self._state.calm_motion))
        self.contrast = Pill(self.panel)
        self.contrast.clicked.connect(
            lambda _checked=False: self._controller.set_high_contrast(self._state.contrast != "high"))
        self.listen_label = plain_label(self.panel)
        self.read = Pill(self.panel)
        self.read.clicked.connect(lambda _checked=False: self._controller.set_read_aloud(not self._state.narration))
        self.sound = Pill(self.panel)
        self.sound.clicked.connect(lambda _checked=False: self._controller.set_sound(not self._state.sound))
        grid = QGridLayout(self.panel)
        grid.addWidget(self.heading, 0, 0)
        grid.addWidget(self.close_button, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        sections = ((self.size_label, list(self.sizes.values())), (self.motion_label, [self.contrast, self.calm]),
                    (self.listen_label, [self.sound, self.read]))
        for i, (label, pills) in enumerate(sections):  # a heading, then its pills in a row
            grid.addWidget(label, 1 + 2 * i, 0, 1, 2)
            row = QHBoxLayout()
            for pill in pills:
                row.addWidget(pill)
            row.addStretch(1)
            grid.addLayout(row, 2 + 2 * i, 0, 1, 2)
        self._grid = grid
        for name in ("text_size", "calm_motion", "contrast", "language", "narration", "sound"):
            follow(self, state, name, lambda *_: self._show_state())

    def controls(self) -> list[tuple[str, QAbstractButton]]:
        """Its buttons in screen order, named for the keypad's focus."""
        return [("close", self.close_button), *((f"size:{p}", b) for p, b in self.sizes.items()),
                ("contrast", self.contrast), ("calm", self.calm), ("sound", self.sound), ("read", self.read)]

    def open_panel(self) -> None:
        self._show_state()
        self.open()
        accessible.announce_widget(self.panel)

    def _on_close_clicked(self) -> None:
        self.hide()
        self.closed.emit()

    def retranslate(self) -> None:
        if self.isVisible():
            self._show_state()

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        if self.isVisible():
            self._show_state()

    def _show_state(self) -> None:
        m = theme.Metrics(self._window.width(), self._window.height(), self._state.text_size / 100)
        self._metrics, lang = m, self._state.language
        self.panel.setStyleSheet(self.panel_style(m, 28))
        self._grid.setContentsMargins(m.px(56), m.px(40), m.px(40), m.px(48))
        self._grid.setVerticalSpacing(m.px(20))
        for row in (2, 4, 6):
            self._grid.itemAtPosition(row, 0).layout().setSpacing(m.px(20))
        self.close_button.set_diameter(m.px(80))
        self.heading.setFont(fonts.font(m.type(40), lang, bold=True))
        self.heading.setText(translate("kiosk", "Easier to see and hear"))
        self.panel.setAccessibleName(self.heading.text())
        for label, text in ((self.size_label, translate("kiosk", "Text size")),
                            (self.motion_label, translate("kiosk", "Colours and motion"))):
            label.setFont(fonts.font(m.type(26), lang))
            label.setText(text)
        for percent, pill in self.sizes.items():
            pill.setChecked(self._state.text_size == percent)
            pill.set_label("A", translate("kiosk", "Text size {n} %").format(n=percent), m, lang)
        high = self._state.contrast == "high"
        self.contrast.setChecked(high)
        label = translate("kiosk", "High contrast: on") if high else translate("kiosk", "High contrast: off")
        self.contrast.set_label(label, label, m, lang)
        calm = self._state.calm_motion
        self.calm.setChecked(calm)
        label = translate("kiosk", "Calm motion: on") if calm else translate("kiosk", "Calm motion: off")
        self.calm.set_label(label, label, m, lang)
        read_aloud = getattr(self._window, "read_aloud", None)
        can_read = read_aloud is not None and read_aloud.available()
        self.read.setVisible(can_read)
        self.listen_label.setFont(fonts.font(m.type(26), lang))
        self.listen_label.setText(translate("kiosk", "Sound"))
        self.read.setChecked(self._state.narration)
        label = (translate("kiosk", "Read each card aloud: on") if self._state.narration
                 else translate("kiosk", "Read each card aloud: off"))
        self.read.set_label(label, label, m, lang)
        self.sound.setChecked(self._state.sound)
        label = translate("kiosk", "Sounds: on") if self._state.sound else translate("kiosk", "Sounds: off")
        self.sound.set_label(label, label, m, lang)
        self.place_panel()

    def place_panel(self) -> None:
        """Centred; on a portrait totem, low, within reach of a visitor in a wheelchair."""
        m = self._metrics
        self.panel.setFixedWidth(max(200, min(self.width() - m.px(64), m.px(1000))))
        super().place_panel()
        if self.height() > self.width():
            self.panel.move(self.panel.x(), max(0, self.height() - self.panel.height() - m.px(160)))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        """A tap beside the panel closes it, as beside a detail card."""
        if not self.panel.geometry().contains(event.position().toPoint()):
            self._on_close_clicked()
        event.accept()


class ComfortAccess(QObject):
    """The comfort button, at the left of the title (beside the language switch on a
    portrait screen), and the panel it opens, built on first use."""

    def __init__(self, window: QWidget, state: VisitorState, controller: Controller) -> None:
        super().__init__(window)
        self._window, self._state, self._controller = window, state, controller
        self.button = RoundButton("comfort", 72, window)
        self.button.clicked.connect(self.open_panel)
        self.panel: ComfortPanel | None = None
        theme.use_high_contrast(state.contrast == "high")  # a new window: this visit's theme
        follow(self, state, "contrast", self._on_contrast)

    def _on_contrast(self, contrast: str, _old) -> None:
        """Every view reads the theme's colours as it paints; those set once are set again."""
        theme.use_high_contrast(contrast == "high")
        window = self._window
        palette = window.palette()
        palette.setColor(window.backgroundRole(), theme.BACKGROUND)
        window.setPalette(palette)
        window.timeline.scene().setBackgroundBrush(theme.BACKGROUND)
        if window.overview is not None:
            window.overview.restyle()
        window.restyle()
        for widget in window.findChildren(QWidget):
            widget.update()
        window.timeline.viewport().update()

    def open_panel(self) -> None:
        if self.panel is None:
            self.panel = ComfortPanel(self._window, self._state, self._controller)
        self.panel.open_panel()

    def is_open(self) -> bool:
        return self.panel is not None and self.panel.isVisible()

    def close_panel(self) -> None:
        if self.panel is not None:
            self.panel.hide()

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self.button.set_diameter(max(metrics.px(72), metrics.type(60)))
        if self.panel is not None:
            self.panel.set_metrics(metrics)
