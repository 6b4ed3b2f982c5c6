"""The raw "Diagnose this run" case file (``ui/diagnose_cases.toml``) and its texts in the
reader's language. Only reads: ``ui.diagnose_cases`` checks the cases, and ``ui.schema`` takes the
case ids from here for the link's ``case=`` (so this module imports nothing of the app but
``ui.text``)."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from ui.text import current_language

CASE_FILE = Path(__file__).with_name("diagnose_cases.toml")


def text_key(lang: str) -> str:
    """A language's key in the case file: ``zh-Hans`` is written ``zh_hans`` (TOML bare keys)."""
    return lang.lower().replace("-", "_")


@functools.cache
def raw_cases(path: Path = CASE_FILE) -> tuple[dict, ...]:
    """The file's ``[[case]]`` tables as written; a file that cannot be read gives none (the
    exercise then says why: ``ui.diagnose_cases.load_cases``)."""
    try:
        cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
    except (OSError, tomllib.TOMLDecodeError):
        return ()
    return tuple(case for case in cases if isinstance(case, dict))


def case_ids() -> tuple[str, ...]:
    """The ids a link's ``case=`` may name."""
    return tuple(case["id"] for case in raw_cases() if isinstance(case.get("id"), str))


def localized(texts: dict[str, str], lang: str | None = None) -> str:
    """A text of the case file in ``lang`` (default: this run's language), English if missing."""
    wanted = texts.get(text_key(lang or current_language()))
    return wanted if isinstance(wanted, str) and wanted else str(texts.get("en", ""))


def case_title(case_id: str) -> str:
    """How the case picker names a case."""
    for case in raw_cases():
        if case.get("id") == case_id and isinstance(case.get("title"), dict):
            return localized(case["title"])
    return case_id
