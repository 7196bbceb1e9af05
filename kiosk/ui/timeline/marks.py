"""The whole-story level: each milestone a mark on the axis with its category icon, and
marks of the same or neighbouring years gathered into one labelled group.

One item paints every mark, and only those within the area Qt asks it to repaint: a flick
costs the same with 29 milestones or 50,000, and the number of groups on a screen is
bounded by its length (`zoom.gather`). Labels alternate sides of the axis, so neighbours'
years never touch.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...content.timeline import Content
from ...content.track import Track
from ...content.zoom import Group, Marks
from .. import fonts, theme
from ..icons import draw_badge

STACK = 3  # badges drawn for a group; its count says how many it holds


class MarkLayer(QGraphicsItem):
    def __init__(self, content: Content) -> None:
        super().__init__()
        self._content = content
        self._marks = Marks((), ())
        self._ids: list[str] = []
        self._unit = 1.0
        self._track = Track(False, 0.0, 0.0, 0.0)
        self._metrics = theme.Metrics(1920, 1080)
        self._lang = "en"
        self._length = 0.0
        self._pressed: set[Group] = set()
        self.setZValue(1)
        self.setVisible(False)
        # Qt then says which part of the item a frame repaints: a flick paints the marks
        # coming into view, not every mark of the story.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    @property
    def marks(self) -> Marks:
        return self._marks

    def configure(self, marks: Marks, ids: list[str], unit: float, track: Track,
                  metrics: theme.Metrics, lang: str, length: float) -> None:
        self.prepareGeometryChange()
        self._marks, self._ids, self._unit, self._track = marks, ids, unit, track
        self._metrics, self._lang, self._length = metrics, lang, length
        self.update()

    def set_pressed(self, groups: set[Group]) -> None:
        if groups != self._pressed:
            self._pressed = groups
            self.update()

    def diameter(self) -> float:
        return self._metrics.px(64)

    def _at(self, along: float, across: float) -> QPointF:
        return QPointF(*self._track.point(along, across))

    def boundingRect(self) -> QRectF:  # noqa: N802
        band = self._metrics.px(150)
        axis = self._track.axis
        return QRectF(self._at(0, axis - band), self._at(self._length, axis + band)).normalized()

    def group_rect(self, group: Group) -> QRectF:
        """The touchable mark, in scene coordinates."""
        d = self.diameter() + self._metrics.px(16)
        centre = self._at(group.along * self._unit, self._track.axis)
        return QRectF(centre.x() - d / 2, centre.y() - d / 2, d, d)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self._marks.groups:
            return
        exposed = option.exposedRect
        low, high = ((exposed.top(), exposed.bottom()) if self._track.vertical
                     else (exposed.left(), exposed.right()))
        reach = self._metrics.px(160)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for group in self._marks.between((low - reach) / self._unit, (high + reach) / self._unit):
            self._paint_group(painter, group)

    def _paint_group(self, painter: QPainter, group: Group) -> None:
        m, d = self._metrics, self.diameter()
        centre = self._at(group.along * self._unit, self._track.axis)
        shown = self._ids[group.first:group.first + min(group.size, STACK)]
        offset = m.px(9)
        for depth, milestone_id in reversed(list(enumerate(shown))):
            category = self._content.category(self._content.milestone(milestone_id).category)
            shift = offset * depth
            rect = QRectF(centre.x() - d / 2 + shift, centre.y() - d / 2 - shift, d, d)
            painter.setPen(QPen(theme.BACKGROUND, m.px(3)))
            painter.setBrush(theme.BACKGROUND)
            painter.drawEllipse(rect.adjusted(-m.px(2), -m.px(2), m.px(2), m.px(2)))
            draw_badge(painter, rect, self._content.icon_svg(category.icon), QColor(category.colour),
                       theme.ICON_ON_COLOUR)
        if group in self._pressed:
            painter.setPen(QPen(theme.TEXT, m.px(4)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(centre.x() - d / 2 - m.px(6), centre.y() - d / 2 - m.px(6),
                                       d + m.px(12), d + m.px(12)))
        if group.size > 1:
            self._paint_count(painter, centre, group.size)
        self._paint_label(painter, centre, group)

    def _paint_count(self, painter: QPainter, centre: QPointF, count: int) -> None:
        m, d = self._metrics, self.diameter()
        size = max(m.px(36), m.type(30))
        rect = QRectF(centre.x() + d / 2 - size / 2 + m.px(8), centre.y() - d / 2 - size / 2 - m.px(8),
                      size, size)
        painter.setPen(QPen(theme.BACKGROUND, m.px(3)))
        painter.setBrush(theme.TEXT)
        painter.drawEllipse(rect)
        painter.setPen(theme.BACKGROUND)
        painter.setFont(fonts.font(m.type(20), self._lang, bold=True))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))

    def _paint_label(self, painter: QPainter, centre: QPointF, group: Group) -> None:
        """The group's years: above and below a horizontal axis in turn, beside a vertical one."""
        m, d = self._metrics, self.diameter()
        painter.setPen(theme.TEXT)
        painter.setFont(fonts.font(m.type(24), self._lang, bold=True))
        width, height = m.type(220), m.type(34)
        if self._track.vertical:
            rect = QRectF(centre.x() + d / 2 + m.px(30), centre.y() - height / 2, width, height)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            above = group.index % 2 == 0
            top = centre.y() - d / 2 - m.px(26) - height if above else centre.y() + d / 2 + m.px(26)
            rect = QRectF(centre.x() - width / 2, top, width, height)
            flags = Qt.AlignmentFlag.AlignCenter
        painter.drawText(rect, int(flags), group.label)
