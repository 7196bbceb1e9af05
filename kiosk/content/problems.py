"""Content problems in plain words, for editors rather than programmers.

Every problem names the file, the entry (milestone or category id) and the field, so an
editor can go straight to the line they need to change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .languages import ENGLISH, english_name

_FIELD_WORDS = {
    "date_note": "date note",
    "did_you_know": "\"Did you know?\" line",
    "image_alt": "picture description (alt text)",
    "image_credit": "picture credit",
    "image_caption": "picture caption",
    "editor_note": "editors' note",
    "see_also": "see-also list",
    "content_version": "content version",
    "default_language": "default language",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, named by file, entry and field for its editor."""

    file: str
    message: str
    entry: str | None = None
    field: str | None = None
    line: int | None = None
    column: int | None = None
    kind: str = "milestone"

    def __str__(self) -> str:
        where = [self.file]
        if self.line is not None:
            where.append(f"line {self.line}" + (f", column {self.column}" if self.column else ""))
        if self.entry:
            where.append(f'{self.kind} "{self.entry}"')
        if self.field:
            where.append(f"field {self.field}")
        from .text_rules import printable  # names and values from the content, safe to print

        return printable(" | ".join(where) + f": {self.message}")


def field_path(loc: Iterable[Any]) -> str:
    """("en", "figures", 0, "value") -> "en.figures[1].value" (counting from 1, as people do)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def describe_field(loc: tuple[Any, ...]) -> str:
    """("ja", "caption") -> "the Japanese caption"; ("start", "year") -> "the start year"."""
    words: list[str] = []
    for part in loc:
        if isinstance(part, int):
            words.append(f"no. {part + 1}")
        elif part in ENGLISH:
            words.append(english_name(part))
        else:
            words.append(_FIELD_WORDS.get(str(part), str(part).replace("_", " ")))
    if len(loc) == 1 and loc[0] in ENGLISH:
        return f"the whole [{loc[0]}] section ({english_name(loc[0])} text)"
    return "the " + " ".join(words)


SLUG_HINT = 'must be lower-case letters, digits and single hyphens, like "sony-music-foundation"'
COLOUR_HINT = 'must be a colour written like "#0072B2"'


def explain_validation_error(err: dict[str, Any]) -> str:
    """Turn one pydantic error into a sentence an editor can act on."""
    kind = err["type"]
    loc = tuple(err["loc"])
    ctx = err.get("ctx") or {}
    what = describe_field(loc) if loc else "this entry"
    got = err.get("input")
    if kind in ("missing", "missing_argument"):
        return f"{what} is missing."
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return (
            f'"{loc[-1]}" is not a field we know. Check its spelling, or remove it '
            "(the schema in data/schema/ lists the allowed fields)."
        )
    if kind in ("string_type",):
        return f"{what} must be text in quotes, not {shown(got)}."
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{what} must be a whole number, not {shown(got)}."
    if kind in ("list_type", "tuple_type"):
        return f'{what} must be a list, like ["first", "second"].'
    if kind in ("model_type", "dict_type", "model_attributes_type", "dataclass_type",
                "dataclass_args_type"):
        return f"{what} must be a table (a [section] or {{ key = value }}), not {shown(got)}."
    if kind == "greater_than_equal":
        return f"{what} must be {ctx.get('ge')} or more, not {shown(got)}."
    if kind == "less_than_equal":
        return f"{what} must be {ctx.get('le')} or less, not {shown(got)}."
    if kind == "string_too_short" and (ctx.get("min_length") or 1) > 1:
        return f"{what} is too short: at least {ctx['min_length']} characters, not {shown(got)}."
    if kind == "string_too_short":
        return f"{what} is empty; write some text or remove the field."
    if kind == "string_too_long":
        return f"{what} is too long ({ctx.get('max_length')} characters at most)."
    if kind in ("enum", "literal_error"):
        return f"{what} must be one of {ctx.get('expected')}, not {shown(got)}."
    if kind == "too_short":
        return f"{what} needs at least {ctx.get('min_length')} entries."
    if kind == "bool_type":
        return f"{what} must be true or false, not {shown(got)}."
    return f"{what}: {err.get('msg', 'is not valid')}."


def shown(value: Any) -> str:
    """A value from the content, quoted and safe to print: controls appear as escapes."""
    from .text_rules import printable

    text = f'"{printable(value)}"' if isinstance(value, str) else printable(repr(value))
    return text if len(text) <= 40 else text[:37] + "..."
