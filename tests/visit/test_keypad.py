"""Where each keypad key takes the focus: plain Python, no display."""

from __future__ import annotations

from kiosk.visit.keypad import DOWN, LEFT, RIGHT, UP, Path, Row

ROWS = [Row(("lang",)), Row(("chip:all", "chip:a", "chip:b")), Row(("card:1", "card:2", "card:3"), entry="card:2"),
        Row(("button:prev", "button:next"))]


def test_the_first_key_shows_the_focus_on_the_top_row_whatever_it_was():
    path = Path()
    assert path.move(ROWS, None, DOWN) == "lang"
    assert path.move(ROWS, None, RIGHT) == "lang"
    assert path.move(ROWS, "card:gone", LEFT) == "lang", "a focus that left the screen starts again"


def test_left_and_right_move_along_a_row_and_stop_at_its_ends():
    path = Path()
    assert path.move(ROWS, "chip:all", RIGHT) == "chip:a"
    assert path.move(ROWS, "chip:b", RIGHT) == "chip:b"
    assert path.move(ROWS, "chip:all", LEFT) == "chip:all"


def test_up_and_down_enter_a_row_at_its_entry_else_where_the_focus_last_was():
    path = Path()
    assert path.move(ROWS, "chip:b", DOWN) == "card:2", "the timeline is entered on the card in view"
    assert path.move(ROWS, "card:3", DOWN) == "button:prev"
    assert path.move(ROWS, "button:next", UP) == "card:2"
    assert path.move(ROWS, "card:2", UP) == "chip:b", "the chips remember where the focus left them"
    assert path.move(ROWS, "button:next", DOWN) == "button:next", "the bottom row is the last"
    path.forget()
    assert path.move(ROWS, "card:2", UP) == "chip:all"


def test_empty_rows_are_passed_over_and_no_rows_mean_no_focus():
    path = Path()
    rows = [Row(()), Row(("a", "b"))]
    assert path.move(rows, None, DOWN) == "a"
    assert path.move([], "a", DOWN) is None
