"""The languages a content set can be written in: their codes, their names, and how their
sentences end. Plain Python; the content lists its own languages in content.toml.

A code is a lower-case ISO 639 code with an optional region or script ("en", "ja",
"pt-BR", "zh-Hant"). Names are for two readers: editors read errors in English, and
visitors pick a language on the switch by its own name.
"""

from __future__ import annotations

import re

CODE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
CODE = re.compile(CODE_PATTERN)
MAX_LANGUAGES = 6  # what a language switch can hold at a size a finger can hit
# A language section sits beside a milestone's own fields, so a code cannot be one of
# them: Indonesian is "ind" (ISO 639-2), not "id".
TAKEN = frozenset({"id", "end"})
SECTION_PATTERN = r"^(?!(id|end)$)[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"  # for the JSON Schemas

# Each language's name in English, for editors' messages.
ENGLISH = {
    "ar": "Arabic", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "ind": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "ms": "Malay",
    "nb": "Norwegian", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese",
    "ru": "Russian", "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian",
    "vi": "Vietnamese", "zh": "Chinese",
}
# Each language's name in itself, for the visitors' switch: never translated.
OWN = {
    "ar": "العربية", "da": "Dansk", "de": "Deutsch", "el": "Ελληνικά", "en": "EN",
    "es": "Español", "fi": "Suomi", "fr": "Français", "he": "עברית", "hi": "हिन्दी",
    "ind": "Bahasa", "it": "Italiano", "ja": "日本語", "ko": "한국어", "ms": "Melayu",
    "nb": "Norsk", "nl": "Nederlands", "no": "Norsk", "pl": "Polski", "pt": "Português",
    "ru": "Русский", "sv": "Svenska", "th": "ไทย", "tr": "Türkçe", "uk": "Українська",
    "vi": "Tiếng Việt", "zh": "中文",
}
# Languages written without spaces, whose sentences end with a full-width mark.
_FULL_WIDTH_STOPS = {"ja", "zh"}
_STOPS = {
    "wide": re.compile(r"[。！？]"),
    "spaced": re.compile(r"[.!?](?=\s|$)|[。！？]"),
}


def base(code: str) -> str:
    return code.split("-")[0]


def english_name(code: str) -> str:
    """ "Japanese", or for a code we have no name for, "the language "xx"". """
    name = ENGLISH.get(code) or ENGLISH.get(base(code))
    return name if name else f'"{code}"'


def own_name(code: str) -> str:
    return OWN.get(code) or OWN.get(base(code)) or code.upper()


def is_wide(code: str) -> bool:
    """Written in full-width characters, with no spaces between words."""
    return base(code) in _FULL_WIDTH_STOPS


def sentence_ends(code: str) -> re.Pattern[str]:
    return _STOPS["wide" if base(code) in _FULL_WIDTH_STOPS else "spaced"]


def is_code(value: object) -> bool:
    return isinstance(value, str) and value not in TAKEN and CODE.match(value) is not None
