"""The editors' spreadsheet: the bundled content exported to XLSX and CSV and imported back
is the same content, field by field; problems in a sheet are named by sheet, row and
column; and no cell ever becomes a formula. No Qt."""

from __future__ import annotations

import csv
from dataclasses import asdict, fields
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.cli import main
from kiosk.content import load_content
from tests.conftest import ASSETS, DATA


def differences(a, b, path="") -> list[str]:
    """Every field where two model objects differ, as "milestones[3].ja.story"."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in a.keys() | b.keys() for d in differences(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def model(content) -> dict:
    return {f.name: getattr(content, f.name) for f in fields(content) if f.name != "root"} | {
        "milestones": [asdict(m) for m in content.milestones],
        "categories": [asdict(c) for c in content.categories], "info": asdict(content.info)}


def export_and_import(folder: Path, tmp_path: Path, kind: str, capsys) -> Path:
    sheet = tmp_path / f"content.{kind}"
    assert main(["export", str(folder), f"--{kind}", str(sheet)]) == 0
    out = tmp_path / f"from-{kind}"
    assert main(["import", str(sheet), str(out)]) == 0, capsys.readouterr().out
    capsys.readouterr()
    return out


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_bundled_content_comes_back_field_for_field(tmp_path, capsys, kind):
    original = load_content(DATA, ASSETS).content
    back = load_content(export_and_import(DATA, tmp_path, kind, capsys), ASSETS)
    assert back.ok, back.problems[:3]
    assert differences(model(original), model(back.content)) == []
    assert [m.id for m in back.content.milestones] == [m.id for m in original.milestones]


def test_csv_opens_in_excel_as_utf8_with_notes_under_the_header(tmp_path):
    sheet = tmp_path / "c.csv"
    assert main(["export", "--csv", str(sheet)]) == 0
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads UTF-8"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["id", "category", "start.year"] and "ja.story" in rows[0]
    assert rows[1][0].startswith("ⓘ") and all(rows[1]), "every column is explained"
    assert (tmp_path / "c.categories.csv").exists() and (tmp_path / "c.content.csv").exists()


def test_a_cell_that_looks_like_a_formula_stays_text(content_copy, tmp_path, capsys):
    path = content_copy / "milestones" / "02-science-fund.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("caption = ", text.index("[en]"))
    end = text.index("\n", start)
    path.write_text(text[:start] + 'caption = "=HYPERLINK(\\"http://x\\", \\"click\\")"' + text[end:],
                    encoding="utf-8")
    assert load_content(content_copy, ASSETS).ok
    out = export_and_import(content_copy, tmp_path, "xlsx", capsys)
    assert load_content(out, ASSETS).content.milestone("science-fund").text("en").caption.startswith("=HYPERLINK")
    book = load_workbook(tmp_path / "content.xlsx")
    sheet = book["Milestones"]
    column = [c.value for c in sheet[1]].index("en.caption")
    cells = [row[column] for row in sheet.iter_rows(min_row=3) if str(row[column].value).startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells), "written as text, not a formula"
    assert main(["export", str(content_copy), "--csv", str(tmp_path / "c.csv")]) == 0
    assert "'=HYPERLINK" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    back = tmp_path / "from-csv"
    assert main(["import", str(tmp_path / "c.csv"), str(back)]) == 0
    assert load_content(back, ASSETS).content.milestone("science-fund").text("en").caption.startswith("=HYPERLINK")


def test_sheet_problems_name_sheet_row_and_column(tmp_path, capsys):
    sheet = tmp_path / "c.csv"
    assert main(["export", "--csv", str(sheet)]) == 0
    rows = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    header = rows[0]
    rows[2][header.index("start.year")] = "19x6"          # row 3: the first milestone
    rows[6][header.index("category")] = "nope"            # row 7
    with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    code = main(["import", str(sheet), str(tmp_path / "out")])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1 and not (tmp_path / "out").exists()
    assert 'refused: c.csv | sheet Milestones, row 3 | field start.year: "19x6" is not a whole ' \
           "number." in lines
    rows[2][header.index("start.year")] = "1946"
    with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    code = main(["import", str(sheet), str(tmp_path / "out")])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any(line.startswith(f"refused: c.csv | sheet Milestones, row 7 ({rows[6][0]}) | field "
                               'category: "nope" is not a category') for line in lines), lines
