"""Does every entry speak the content's languages, all of them and no others?

content.toml lists the languages (or, without a list, its title's languages stand for
it). Each category then needs a name, and each milestone a section, in each of them.
"""

from __future__ import annotations

from .languages import MAX_LANGUAGES, english_name, is_code
from .model import Category, ContentInfo, Milestone
from .problems import Problem, shown


def check_languages(info: ContentInfo | None, categories: list[Category],
                    milestones: list[tuple[str, Milestone]]) -> list[Problem]:
    if info is None:
        return []  # content.toml's own problem says it all
    out = _check_list(info)
    wanted = [lang for lang in info.language_list if is_code(lang)]
    if not wanted:
        return out
    listed = ", ".join(wanted)

    def compare(rel: str, entry: str | None, kind: str, have: dict, field: str, what: str,
                write_as: str) -> None:
        for lang in wanted:
            if lang not in have:
                out.append(Problem(rel, f"{what.format(name=english_name(lang))} is missing: add "
                                   f"{write_as.format(lang=lang)}.", entry,
                                   f"{field}.{lang}".lstrip("."), kind=kind))
        for lang in have:
            if lang not in wanted:
                out.append(Problem(rel, f"{shown(lang)} is not one of the content's languages "
                                   f"({listed}). Remove it, or add it to languages in "
                                   "content.toml.", entry, f"{field}.{lang}".lstrip("."), kind=kind))

    compare("content.toml", None, "file", info.title, "title", "the {name} title", 'title.{lang} = "..."')
    for cat in categories:
        compare("categories.toml", cat.id, "category", cat.names, "", "the {name} name",
                '{lang} = "..." to this category')
    for rel, ms in milestones:
        compare(rel, ms.id, "milestone", ms.texts, "", "the {name} text",
                "a [{lang}] section with its title, caption, story and place")
        if ms.end is not None and ms.end.successor_name is not None:
            compare(rel, ms.id, "milestone", ms.end.successor_name, "end.successor_name",
                    "the {name} name of the successor", 'end.successor_name.{lang} = "..."')
    return out


def _check_list(info: ContentInfo) -> list[Problem]:
    out: list[Problem] = []

    def say(field: str, message: str) -> None:
        out.append(Problem("content.toml", message, None, field, kind="file"))

    codes = info.language_list
    for i, lang in enumerate(codes):
        if not is_code(lang):
            say(f"languages[{i + 1}]", f"{shown(lang)} is not a language code. Write a "
                'lower-case ISO 639 code, like "en", "ja" or "pt-BR" (Indonesian is "ind").')
        elif lang in codes[:i]:
            say(f"languages[{i + 1}]", f"{shown(lang)} is listed twice.")
    if not codes:
        say("languages", 'list at least one language, like languages = ["en"].')
    if len(codes) > MAX_LANGUAGES:
        say("languages", f"lists {len(codes)} languages; the switch holds {MAX_LANGUAGES} at most.")
    if info.default_language is not None and info.default_language not in codes:
        say("default_language", f"{shown(info.default_language)} is not one of the content's "
            f"languages ({', '.join(codes)}).")
    return out
