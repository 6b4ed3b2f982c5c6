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
    # papers are cited by their English titles (th.ref.*), which may hold a catalog phrase
    citations = " ".join(text for key, text in EN.items() if key.startswith("th.ref."))
    phrases = []
    for key, text in EN.items():
        if translation[key] == text or text in citations:
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


# ---- engine and formula errors speak the user's language ---------------------------------------

BAD_FORMULAS = {
    "empty": "  ",
    "too_long": "x+" * 200 + "x",
    "character": "1+ｘ",
    "syntax": "x +",
    "too_deep": "-" * 40 + "x",
    "undefined": "x / 0",
    "complex": "sqrt(-1) + x",
    "too_many_parts": "*".join(["(" + "+".join(["x"] * 25) + ")"] * 4),  # long, not deep
    "big_constant": "exp(exp(1000)) + x",
    "value": "'x'",
    "big_number": "1e400 * x",
    "name": "x + os",
    "call": "f(x)(y)",
    "function": "eval(x)",
    "arguments": "sin(x, y)",
    "construct": "x if y else 1",
    "big_exponent": "x ** 1000",
}


def test_every_formula_error_has_a_code_the_catalogs_translate():
    from optim_core import FormulaError, parse_function

    seen = {}
    for expected, text in BAD_FORMULAS.items():
        with pytest.raises(FormulaError) as refused:
            parse_function(text)
        seen[expected] = refused.value.code
    assert seen == {code: code for code in BAD_FORMULAS}
    codes = {key.removeprefix("formula.err.") for key in EN if key.startswith("formula.err.")}
    from optim_core.formula import ALLOWED

    assert EN["formula.allowed"] == ALLOWED, "the catalog lists what the parser allows"
    # what no typed text can reach: a non-string, an unknown SymPy result, a fallback
    assert codes - set(BAD_FORMULAS) == {"not_text", "cannot_evaluate", "other"}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_formula_and_hyperparameter_errors_in_each_language(lang):
    from optim_core import FormulaError, HyperparameterError, parse_function
    from optim_core.engine import check_hyper
    from ui.text import error_text

    for text in BAD_FORMULAS.values():
        with pytest.raises(FormulaError) as refused:
            parse_function(text)
        english, translated = error_text(refused.value, "en"), error_text(refused.value, lang)
        prose = translated.replace(t("formula.allowed", lang), "")
        assert translated != english, translated
        assert not re.search("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", prose), "English words left"
    with pytest.raises(FormulaError) as refused:
        parse_function("x + os")
    assert "'os'" in error_text(refused.value, lang) and "5" in error_text(refused.value, lang)
    with pytest.raises(HyperparameterError) as refused:
        check_hyper("gamma", 1.5)
    message = error_text(refused.value, lang)
    assert t("pg.gamma", lang) in message and "1.5" in message
    assert message != error_text(refused.value, "en")


def test_a_bad_formula_in_a_korean_link_is_explained_in_korean():
    app = open_page("playground", lang="ko", surface="custom", formula="x + os.system")
    assert not app.exception
    (message,) = [e.value for e in app.sidebar.error]
    assert "(attribute)" in message and "쓸 수 없습니다" in message
    assert "not allowed" not in message
