"""What an import or export did, for the editor who ran it: per file, per event or row,
per field, in plain words. Every value from the source is printed safely (controls shown
as escapes) and cut short, since the source may be a stranger's file."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..content.problems import shown
from ..content.text_rules import printable

# What happened to a field: kept as it was meant, made up by the importer for an editor to
# check, left out, or the reason the whole source was refused.
KINDS = ("converted", "guessed", "dropped", "refused")


@dataclass(frozen=True)
class Note:
    """One thing an import or export did that its editor should know."""

    kind: str
    file: str
    message: str
    entry: str | None = None  # "event 3", "row 7", "sheet Milestones, row 4"
    field: str | None = None

    def __str__(self) -> str:
        where = [self.file] + [part for part in (self.entry, self.field and f"field {self.field}")
                               if part]
        return printable(f"{self.kind}: " + " | ".join(where) + f": {self.message}")


@dataclass
class Report:
    """What an import or export did, note by note."""

    notes: list[Note] = field(default_factory=list)
    # Per-event counts for the summary line; each notes entry names the detail.
    events: int = 0
    milestones: int = 0

    def add(self, kind: str, file: str, message: str, entry: str | None = None,
            field: str | None = None) -> None:
        assert kind in KINDS
        self.notes.append(Note(kind, file, message, entry, field))

    def refuse(self, file: str, message: str, entry: str | None = None,
               field: str | None = None) -> None:
        self.add("refused", file, message, entry, field)

    @property
    def refused(self) -> bool:
        return any(note.kind == "refused" for note in self.notes)

    def count(self, kind: str) -> int:
        return sum(note.kind == kind for note in self.notes)

    def lines(self) -> list[str]:
        order = {kind: i for i, kind in enumerate(("refused", "guessed", "dropped", "converted"))}
        notes = sorted(self.notes, key=lambda n: order[n.kind])  # stable: source order within
        return [str(note) for note in notes]

    def summary(self) -> str:
        if self.refused:
            return f"Refused: {self.count('refused')} problem(s); nothing was written."
        return (f"{self.events} event(s) or row(s) read, {self.milestones} milestone(s) written; "
                f"{self.count('guessed')} field(s) guessed (check them), "
                f"{self.count('dropped')} left out.")


def quoted(value: object) -> str:
    """A source value, quoted and at most 40 characters, safe to print."""
    return shown(value)
