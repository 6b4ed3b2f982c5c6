"""Every language speaks on every page: complete catalogs, and no English left on screen."""

import re
import string

import pytest

from tests.apptest import open_page
from ui.text import EN, LANGUAGES, catalog, language_from_locale, t

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PAGES = ("home", "playground", "compare", "linear_regression", "neural_network", "theory")


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_key_in_every_language_with_the_same_fields(lang):
    translation = catalog(lang)
    assert list(translation) == list(EN)
    assert not [key for key in EN if fields(EN[key]) != fields(translation[key])]
    # prose is translated: only names, formulas, symbols and citations (th.ref.*: papers are
    # cited as published) may stay as in English
    untouched = [
        key
        for key, text in EN.items()
        if translation[key] == text
        and len(re.findall("[A-Za-z]{4,}", text)) >= 3
        and not key.startswith("th.ref.")
    ]
    assert not untouched, untouched


def test_languages_from_browser_locales():
    assert language_from_locale("zh-CN") == "zh-Hans"
    assert language_from_locale("zh-SG") == "zh-Hans"
    assert language_from_locale("zh-TW") == "zh-Hant"
    assert language_from_locale("zh-HK") == "zh-Hant"
    assert language_from_locale("ko-KR") == "ko"
    assert language_from_locale("en-US") == "en" and language_from_locale(None) == "en"
    assert t("nn.metric", "ko") != t("nn.metric", "en")


def visible_texts(app) -> list[str]:
    texts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                 "error", "success"):  # fmt: skip
        texts += [element.value for element in getattr(app, kind)]
    for kind in ("selectbox", "slider", "select_slider", "number_input", "text_input",
                 "multiselect", "toggle", "button"):  # fmt: skip
        texts += [widget.label for widget in getattr(app, kind)]
    texts += [metric.label for metric in app.metric]
    texts += [tab.label for tab in app.tabs]
    texts += [expander.label for expander in app.expander]
    return texts


def english_phrases(lang: str) -> list[str]:
    """English catalog texts (or their literal start, before a field) that the language changes."""
    translation = catalog(lang)
    phrases = []
    for key, text in EN.items():
        if translation[key] == text:
            continue
        literal = text.split("{")[0].strip()
        if len(literal) >= 12 and re.search("[A-Za-z]{4,}", literal):
            phrases.append(literal)
    return phrases


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("page", PAGES)
def test_no_english_left_on_screen(page, lang):
    app = (
        open_page(page, lang=lang, epochs=3)
        if page == "neural_network"
        else open_page(page, lang=lang)
    )
    assert not app.exception
    assert app.selectbox(key="lang_choice").value == lang
    shown = "\n".join(visible_texts(app))
    left = [phrase for phrase in english_phrases(lang) if phrase in shown]
    assert not left, left[:5]
