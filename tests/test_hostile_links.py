"""Hostile and broken links (issue 8): 200 corrupted query strings over every page.

Each case opens a page through AppTest with a corrupted link and compares it with the *cleaned*
link (the same link without its bad parameters, a repeated key by its last value):

1. the page renders: no exception, the same title and figures as the cleaned link;
2. every bad value falls back: each keyed widget has the value it has for the cleaned link (the
   default, for the bad parameters), so nothing bad is used and nothing good is lost;
3. a visible note names each bad parameter, and no note names a good or an unknown one;
4. a custom formula that cannot be used shows the formula error, draws the example, runs nothing.

Some values may be read either way (``optimizer=ADAM``, ``lr=abc&lr=0.3``): for those a case
also accepts the reading in ``accept`` (the page as for that link, with no note).

The cases: a fixed list (optimizer lists, formulas, languages, repeated and unknown keys) and a
seeded generator that crosses each page's controls with categories of bad values.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from optim_core import OPTIMIZERS
from optim_core.formula import FormulaError, parse_function
from tests.apptest import new_app
from ui.schema import CHOICES, NUMERIC, Numeric, clamped, spec_key
from ui.schema import widget_key as control_of
from ui.surface_picker import DEFAULT_FORMULA
from ui.text import t

ROOT = Path(__file__).resolve().parents[1]
CANARY = Path("/tmp/optimizer-lab-formula-canary")  # a payload that runs would create it
PAGES = ("home", "playground", "compare", "linear_regression", "neural_network", "theory")
LONG = 10_000  # characters in a "very long" value
SEED = 8  # the generator's seed (issue 8)

Link = dict[str, "str | list[str]"]

# ---- the cases ----------------------------------------------------------------------------------


@dataclass
class Case:
    """One corrupted link: ``bad`` parameters must fall back and be named in a note; ``ignored``
    ones (no such control on the page) must change nothing and get no note; ``typed`` is a text
    box that keeps what was typed and explains the problem with ``message`` instead."""

    page: str
    category: str
    link: Link
    bad: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    clean: dict[str, str] = field(default_factory=dict)  # the cleaned link's value instead
    accept: dict[str, str] = field(default_factory=dict)  # another reading, used without a note
    typed: str | None = None
    message: str = ""
    noted: tuple[str, ...] = ()  # no control of their own, yet a note must name them

    @property
    def id(self) -> str:
        shown = [
            k
            for k in self.link
            if k in self.bad or k in self.ignored or k in self.noted or k == self.typed
        ]
        label = ",".join(f"{short(k, 24)}={short(self.link[k])}" for k in shown or self.link)
        return f"{self.page}-{self.category}-{label}"


def short(value, width: int = 18) -> str:
    """A readable, ASCII, bounded form of a link value for test ids."""
    if isinstance(value, list):
        return "[" + "|".join(short(v, 8) for v in value) + "]"
    text = value.encode("unicode_escape").decode("ascii")
    if len(text) > width:
        return f"{text[: width // 2]}..{len(value)}ch"
    return text or "(empty)"


def last(value: str | list[str]) -> str:
    """The value the page reads for a key: the last one when the key is repeated."""
    return value[-1] if isinstance(value, list) else value


# Each page's controls that a link can set, with the link context that shows them.
NN_FAST = {"epochs": "1", "hidden": "32"}  # one small epoch: the page trains a network per run
NN_RANGE = {**NN_FAST, "optimizers": "sgd,adam", "range_test": "true"}  # its range test open
NUMBER_SLOTS: dict[str, dict[str, Link]] = {
    "playground": {
        "lr": {}, "gamma": {}, "eps": {}, "momentum": {}, "weight_decay": {}, "steps": {},
        "x0": {}, "y0": {}, "noise": {}, "seed": {"noise": "0.5"},
        "k": {"section": "explain"},  # a bad k opens its section too (to say so under it)
        "clip_threshold": {"clip": "value"}, "decay_rate": {"schedule": "step"},
        "decay_steps": {"schedule": "exponential"}, "dampening": {"optimizer": "momentum"},
        "beta1": {"optimizer": "adam"}, "beta2": {"optimizer": "adam"},
        "lr_decay": {"optimizer": "adagrad"}, "initial_accumulator_value": {"optimizer": "adagrad"},
        "x_min": {"surface": "custom"}, "y_max": {"surface": "custom"},
    },
    "compare": {
        "steps": {}, "x0": {}, "y0": {}, "zoom": {}, "tol": {}, "lr_sgd": {}, "lr_adam": {},
        "gamma_rmsprop": {}, "momentum_momentum": {}, "dampening_momentum": {}, "eps_adam": {},
        "beta1_adam": {}, "beta2_adam": {}, "weight_decay_sgd": {},
        "grid": {"mode": "swarm"}, "lr": {"mode": "sweep"}, "gamma": {"mode": "sweep"},
    },
    "linear_regression": {
        "lr": {}, "gamma": {}, "eps": {}, "weight_decay": {}, "steps": {}, "batch_size": {},
        "decay": {}, "seed": {"batch_size": "10"}, "momentum": {"convention": "pytorch"},
    },
    "neural_network": {
        "epochs": {"hidden": "32"}, "batch": NN_FAST, "hidden": {"epochs": "1"}, "seed": NN_FAST,
        "lr_rmsprop": NN_FAST, "gamma_rmsprop": NN_FAST, "eps_rmsprop": NN_FAST,
        "momentum_rmsprop": NN_FAST, "weight_decay_rmsprop": NN_FAST,
        "beta1_adam": {**NN_FAST, "optimizers": "adam"},
    },
    "theory": {"gamma": {}},
}  # fmt: skip
CHOICE_SLOTS: dict[str, dict[str, Link]] = {
    "playground": {
        "surface": {}, "optimizer": {}, "convention": {}, "clip": {}, "schedule": {},
        "centered": {}, "amsgrad": {"optimizer": "adam"},
    },
    "compare": {
        "mode": {}, "surface": {}, "convention": {}, "centered_rmsprop": {}, "amsgrad_adam": {},
        "optimizer": {"mode": "sweep"}, "sweep_param": {"mode": "sweep"},
        "swarm_map": {"mode": "swarm", "grid": "10"},
    },
    "linear_regression": {
        "optimizer": {}, "convention": {}, "centered": {"convention": "pytorch"},
    },
    "neural_network": {
        "convention": NN_FAST, "centered_rmsprop": NN_FAST,
        "amsgrad_adam": {**NN_FAST, "optimizers": "adam"},
    },
    "theory": {"optimizer": {}, "sequence": {}},
}  # fmt: skip
SEQUENCES = ("constant", "decaying", "burst", "noise")  # the Theory page's gradient sequences
K_SPEC = Numeric(1, 100, integer=True)  # the Playground's explained step, 1 … steps (100)


def number_spec(key: str) -> Numeric:
    return K_SPEC if key == "k" else NUMERIC[spec_key(key)]


def choice_options(key: str) -> tuple[str, ...]:
    return SEQUENCES if key == "sequence" else CHOICES[spec_key(key)]


def usable_number(raw: str, spec: Numeric) -> bool:
    """Whether ``raw`` is a value the control offers (the test's own rule, to keep the generator
    honest: every generated value must be one the control cannot take)."""
    try:
        value = float(raw)
    except ValueError:
        return False
    if not (math.isfinite(value) and spec.low <= value <= spec.high):
        return False
    if spec.integer and value != int(value):
        return False
    return spec.options is None or any(
        math.isclose(value, option, rel_tol=1e-9, abs_tol=0) for option in spec.options
    )


def number_values(category: str, spec: Numeric) -> list[str]:
    """Bad values of one category for a numeric control (empty: the category does not apply)."""
    low, high = spec.low, spec.high
    if category == "wrong_type":
        return ["abc", "one", "0,5", "1/2", "true", "[1]", "1..2", "--1", "1e", "0x1A", "None"]
    if category == "nan":
        return ["nan", "NaN", "-nan", "+NAN"]
    if category == "inf":
        return ["inf", "-inf", "Infinity", "-Infinity", "+inf", "INF"]
    if category == "huge":
        return ["1e308", "-1e308", "1e400", "-1e400", "1.7976931348623157e308", "9e999"]
    if category == "negative":
        return ["-1", "-0.5", "-1e-9", "-100"] if low >= 0 else []
    if category == "just_outside":
        if spec.options is not None:
            first = spec.options[0]
            below = first * 0.999 if first > 0 else first - 1e-12
            return [f"{spec.options[-1] * 1.001:g}", f"{below:g}"]
        if spec.integer:
            return [str(int(high) + 1), str(int(low) - 1)]
        return [repr(round(high + max(abs(high), 1e-2) * 1e-3, 10)),
                repr(round(low - max(abs(low), 1e-2) * 1e-3, 10))]  # fmt: skip
    if category == "off_grid" and spec.options is not None:
        pairs = zip(spec.options, spec.options[1:], strict=False)
        return [f"{(a + b) / 2:g}" for a, b in pairs]
    if category == "non_integer" and spec.integer:
        base = int(spec.options[0]) if spec.options else int(low)
        return [str(base + 0.5), str(base + 1.25), str((low + high) // 2 + 0.5)]
    if category == "long":
        return ["9" * LONG, "a" * LONG, "-" + "9" * (LONG - 1), "1" + "0" * (LONG - 1)]
    if category == "unicode":
        return ["学习率", "학습률", "🚀", "\u202e0.5", "0.5\u200b", "\u200b", "5\u0301", "٠٫١", "½",
                "−1", "1e\u221210", "\u05d0\u05d1"]  # fmt: skip
    if category == "escape":
        return ["\\x00", "%00", "\\u0000", "\\0", "0.1%00", "1\\x00", "&#0;", "%2500"]
    if category == "markup":
        return ["]:red[x]", "<script>alert(1)</script>", "{key}", "{0}", "%s%n", "'; DROP --"]
    if category == "empty":
        return [""]
    return []


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz"}
HOMOGLYPHS = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х"})


def choice_values(category: str, options: tuple[str, ...]) -> list[str]:
    """Bad values of one category for a select control."""
    option = options[0]
    word = next((o for o in options if o.translate(HOMOGLYPHS) != o), option)
    if category == "wrong_type":  # a number for a choice
        return ["0", "1", "-1", "3.5", "1e400", "nan", "inf", "yes", "no", "on"]
    if category == "case":  # the right name, the wrong case
        return [] if not option else [option.upper(), option.title()]
    if category == "unicode":
        return [
            "".join(FULLWIDTH.get(c, c) for c in word), word.translate(HOMOGLYPHS), word + "\u200b",
            "\u200b" + word, "\u202e" + word, word + "\u0301", "亚当", "아담", "🚀", "\u05d0",
        ]  # fmt: skip
    if category == "escape":
        return [word + "%00", word + "\\x00", "\\x00", "%00", "\\u0000", word + "\\0"]
    if category == "long":
        return [(word * LONG)[:LONG], "x" * LONG, "é" * LONG]
    if category == "markup":
        return ["]:red[x]", "<script>alert(1)</script>", "{key}", "%s%n", word + "' OR '1'='1"]
    if category == "empty":
        return [""]
    return []


NUMBER_CATEGORIES = ("wrong_type", "nan", "inf", "huge", "negative", "just_outside", "off_grid",
                     "non_integer", "long", "unicode", "escape", "markup", "empty")  # fmt: skip
CHOICE_CATEGORIES = ("wrong_type", "case", "unicode", "escape", "long", "markup", "empty")


def number_case(page: str, key: str, category: str, value: str) -> Case:
    assert not usable_number(value, number_spec(key)), (page, key, value)
    context = {k: v for k, v in NUMBER_SLOTS[page][key].items() if k != key}
    return Case(page, category, {**context, key: value}, bad=(key,))


def choice_case(page: str, key: str, category: str, value: str) -> Case:
    options = choice_options(key)
    assert value not in options, (page, key, value)
    context = {k: v for k, v in CHOICE_SLOTS[page][key].items() if k != key}
    # the right name in the wrong case: used as that choice, or refused with a note
    accept = {key: value.lower()} if value.lower() in options else {}
    return Case(page, category, {**context, key: value}, bad=(key,), accept=accept)


# ---- the fixed cases ----------------------------------------------------------------------------

EVERY = list(OPTIMIZERS)
PAYLOADS = [  # formulas that cannot be used; none may run
    "__import__('os')",
    f"__import__('os').system('touch {CANARY}')",
    f"open('{CANARY}', 'w').write('ran')",
    "().__class__.__bases__[0].__subclasses__()",
    "exec('import os')",
    "x**99999",
    "9**9**9",
    "x" * LONG,
    "x+" * (LONG // 2),
    "sin(x",
    "x^4 + y^2; import os",
    "𝑥^2 + 𝑦^2",
    "x² + y²",
    "x\u200b^2",
    "\\x00",
    "",
    "lambda: 0",
    "{x: 1}",
]
formula_cases = [
    Case(page, "formula", {"surface": "custom", "formula": text}, typed="formula",
         message=t("pg.formula_bad", reason="", example=DEFAULT_FORMULA).strip())
    for i, text in enumerate(PAYLOADS)
    for page in (("playground", "compare")[i % 2],)
]  # fmt: skip

integer_cases = [  # whole-number controls: Streamlit turns the link's value into an int
    Case("compare", "inf", {"steps": "inf"}, bad=("steps",)),
    Case("linear_regression", "huge", {"steps": "1e400"}, bad=("steps",)),
    Case("neural_network", "inf", {"hidden": "32", "epochs": "-inf"}, bad=("epochs",)),
    Case("playground", "inf", {"noise": "0.5", "seed": "Infinity"}, bad=("seed",)),
    Case("compare", "huge", {"mode": "swarm", "grid": "1e400"}, bad=("grid",)),
    Case("playground", "non_integer", {"steps": "10.5"}, bad=("steps",)),
    Case("neural_network", "non_integer", {"hidden": "32", "epochs": "2.5"}, bad=("epochs",)),
    Case("playground", "wrong_type", {"k": "abc", "section": "explain"}, bad=("k",)),
    Case("playground", "just_outside", {"k": "101", "section": "explain"}, bad=("k",)),
]

optimizer_list_cases = [
    Case("compare", "optimizers", {"optimizers": "sgd,foo,adam"}, bad=("optimizers",),
         clean={"optimizers": "sgd,adam"}),
    Case("compare", "optimizers", {"optimizers": ",,,"}, bad=("optimizers",)),
    Case("compare", "optimizers", {"optimizers": ""}, bad=("optimizers",)),
    Case("compare", "optimizers", {"optimizers": ",".join((EVERY * 3)[:20])}, bad=("optimizers",),
         clean={"optimizers": ",".join(EVERY[:6])}),
    Case("compare", "optimizers", {"optimizers": ",".join(f"opt{i}" for i in range(20))},
         bad=("optimizers",)),
    Case("compare", "optimizers", {"optimizers": "sgd,\u200badam,学习,🚀"}, bad=("optimizers",),
         clean={"optimizers": "sgd"}),
    Case("compare", "optimizers", {"optimizers": "x" * LONG}, bad=("optimizers",)),
    Case("compare", "optimizers", {"optimizers": ["sgd,adam", "foo"]}, bad=("optimizers",)),
    Case("compare", "optimizers", {"optimizers": "SGD,Adam"}, bad=("optimizers",),
         accept={"optimizers": "sgd,adam"}),
    Case("compare", "optimizers", {"mode": "swarm", "grid": "10", "optimizers": "sgd,nope,adam"},
         bad=("optimizers",), clean={"optimizers": "sgd,adam"}),
    Case("neural_network", "optimizers", {**NN_FAST, "optimizers": "rmsprop,bogus"},
         bad=("optimizers",), clean={"optimizers": "rmsprop"}),
    Case("neural_network", "optimizers", {**NN_FAST, "optimizers": ",,,"}, bad=("optimizers",)),
    Case("neural_network", "optimizers", {**NN_FAST, "optimizers": ""}, bad=("optimizers",)),
    Case("neural_network", "optimizers", {**NN_FAST, "optimizers": ",".join(EVERY)},
         bad=("optimizers",), clean={"optimizers": ",".join(EVERY[:4])}),
    Case("neural_network", "optimizers",
         {**NN_FAST, "optimizers": ",".join(f"o{i}" for i in range(20))}, bad=("optimizers",)),
    # the range test's optimizer: no such optimizer, and one that is not among the page's runs
    Case("neural_network", "choice", {**NN_RANGE, "range_optimizer": "bogus"},
         bad=("range_optimizer",)),
    Case("neural_network", "choice", {**NN_RANGE, "range_optimizer": "muon"},
         bad=("range_optimizer",)),
]  # fmt: skip

LANG_VALUES = ["fr", "EN", "", "zh", "zh-hans", "ko-KR", "中文", "\u202eko", "x" * LONG, "%00",
               "../en", "한국어"]  # fmt: skip
lang_cases = [
    Case(PAGES[i % len(PAGES)], "lang", {"lang": value}, bad=("lang",))
    for i, value in enumerate(LANG_VALUES)
] + [
    Case("playground", "lang", {"lang": "ko", "lr": "abc"}, bad=("lr",)),
    Case("compare", "lang", {"lang": "zh-Hant", "steps": "-5"}, bad=("steps",)),
    Case("theory", "lang", {"lang": "zh-Hans", "gamma": "nan"}, bad=("gamma",)),
]  # fmt: skip

repeated_cases = [  # a repeated key counts by its last value (as st.query_params reads it)
    Case("playground", "repeated", {"lr": ["0.3", "abc"]}, bad=("lr",)),
    Case("playground", "repeated", {"lr": ["abc", "0.3"]}, bad=("lr",), accept={"lr": "0.3"}),
    Case("playground", "repeated", {"steps": ["50", "abc"]}, bad=("steps",)),
    Case("playground", "repeated", {"steps": ["abc", "50"]}, bad=("steps",),
         accept={"steps": "50"}),
    Case("playground", "repeated", {"surface": ["rosenbrock", "bogus"]}, bad=("surface",)),
    Case("compare", "repeated", {"lr_adam": ["0.3", "0.3"]}, bad=("lr_adam",),
         accept={"lr_adam": "0.3"}),
    Case("compare", "repeated", {"mode": ["swarm", "nope"]}, bad=("mode",)),
    Case("theory", "repeated", {"gamma": ["0.5", "2"]}, bad=("gamma",)),
    Case("linear_regression", "repeated", {"decay": ["0.99", "0.99"]}, bad=("decay",),
         accept={"decay": "0.99"}),
    Case("neural_network", "repeated", {"hidden": "32", "epochs": ["2", "abc"]}, bad=("epochs",)),
    Case("home", "repeated", {"lang": ["ko", "xx"]}, bad=("lang",)),
    Case("theory", "repeated", {"lang": ["xx", "ko"]}, bad=("lang",), accept={"lang": "ko"}),
]  # fmt: skip

UNKNOWN = [  # parameter names no page has: ignored, without a note
    {"foo": "bar"}, {"LR": "abc"}, {"lr_bogus": "1"}, {"steps ": "5"}, {"学习率": "0.1"},
    {"a" * LONG: "1"}, {"": "abc"}, {"optimizers_choice": "adam"}, {"lang_choice": "ko"},
    {"__proto__": "1"}, {"lr[]": "1"}, {"utm_source": "newsletter", "fbclid": "x" * 200},
]  # fmt: skip
unknown_cases = [
    Case(page, "unknown_param", {**(NN_FAST if page == "neural_network" else {}), **params},
         ignored=tuple(params))
    for i, params in enumerate(UNKNOWN)
    for page in (PAGES[1 + i % (len(PAGES) - 1)],)  # every page but Home, in turn
] + [
    Case("home", "unknown_param",
         {"surface": "custom", "formula": f"__import__('os').system('touch {CANARY}')"},
         ignored=("surface", "formula")),
    Case("playground", "unknown_param", {"lr_adam": "abc"}, ignored=("lr_adam",)),
    Case("compare", "unknown_param", {"scenario": "bogus"}, noted=("scenario",)),
    Case("compare", "unknown_param", {"lr": "abc"}, ignored=("lr",)),  # race mode: lr_<name>
    Case("theory", "unknown_param", {"steps": "-1", "x0": "nan"}, ignored=("steps", "x0")),
]  # fmt: skip

special_cases = [
    # sweep mode offers only the swept optimizer's hyperparameters: SGD has no γ
    Case("compare", "wrong_choice", {"mode": "sweep", "optimizer": "sgd", "sweep_param": "gamma"},
         bad=("sweep_param",)),
    Case("compare", "wrong_choice", {"mode": "sweep", "sweep_param": "dampening"},
         bad=("sweep_param",)),
    Case("compare", "sweep_values", {"mode": "sweep", "sweep_values": "0.01,abc,0.1"},
         typed="sweep_values",
         message=t("cmp.sweep_values_bad", value="abc", reason=t("pg.bad_number"))),
    Case("compare", "sweep_values", {"mode": "sweep", "sweep_values": "abc"},
         typed="sweep_values",  # nothing to sweep in it: the defaults are swept, and it says so
         message=t("cmp.sweep_values_none", values="abc", used="0.01,0.03,0.1,0.3")),  # lr's
    Case("playground", "mixed", {"lr": "abc", "steps": "1e400", "surface": "3", "x0": "nan"},
         bad=("lr", "steps", "surface", "x0")),
    Case("compare", "mixed", {"tol": "0", "zoom": "-inf", "mode": "RACE", "lr_adam": ""},
         bad=("tol", "zoom", "mode", "lr_adam"), accept={"mode": "race"}),
    # the diagnose exercise's case: a path or markup is no case, the first one is shown
    Case("playground", "escape", {"exercise": "diagnose", "case": "../../etc/passwd"},
         bad=("case",)),
    Case("playground", "markup", {"exercise": "diagnose", "case": "<script>alert(1)</script>"},
         bad=("case",)),
]  # fmt: skip

FIXED = [
    *formula_cases, *integer_cases, *optimizer_list_cases, *lang_cases, *repeated_cases,
    *unknown_cases, *special_cases,
]  # fmt: skip

# ---- the generated cases ------------------------------------------------------------------------

TOTAL = {"home": 20, "playground": 50, "compare": 50, "linear_regression": 28,
         "neural_network": 24, "theory": 28}  # fmt: skip


def values(kind: str, category: str, key: str) -> list[str]:
    if kind == "number":
        return number_values(category, number_spec(key))
    return choice_values(category, choice_options(key))


def generated(fixed: list[Case]) -> list[Case]:
    """Fill each page up to TOTAL: cycle through the categories, each with a random control of
    the page and a random value of that category (seeded: the same cases on every run)."""
    rng = random.Random(SEED)
    cases: list[Case] = []
    seen = {case.id for case in fixed}
    for page in PAGES:
        wanted = TOTAL[page] - sum(case.page == page for case in fixed)
        pool = [*(("number", c) for c in NUMBER_CATEGORIES),
                *(("choice", c) for c in CHOICE_CATEGORIES)]  # fmt: skip
        made: list[Case] = []
        turn = 0
        while len(made) < wanted:
            kind, category = pool[turn % len(pool)]
            turn += 1
            # Home has no controls: it gets another page's parameters, to be ignored
            source = rng.choice(PAGES[1:]) if page == "home" else page
            slots = NUMBER_SLOTS if kind == "number" else CHOICE_SLOTS
            pairs = [(key, values(kind, category, key)) for key in sorted(slots[source])]
            pairs = [(key, found) for key, found in pairs if found]
            if not pairs:
                continue
            key, found = rng.choice(pairs)
            if page == "home":
                case = Case(page, category, {key: rng.choice(found)}, ignored=(key,))
            else:
                make = number_case if kind == "number" else choice_case
                case = make(page, key, category, rng.choice(found))
            if case.id not in seen:
                seen.add(case.id)
                made.append(case)
        cases += made
    return cases


CASES = FIXED + generated(FIXED)

# ---- opening a page and reading what it shows ---------------------------------------------------

WIDGETS = ("selectbox", "select_slider", "slider", "number_input", "text_input", "toggle",
           "multiselect", "checkbox")  # fmt: skip
MAIN_CHART = {"playground": ("trajectory", "diagnose_run"), "compare": ("race", "swarm"),
              "linear_regression": ("fit",), "theory": ("adagrad_rmsprop",)}  # fmt: skip
NOTE = ":orange[⚠"


@dataclass
class Page:
    """What a run of a page shows, as far as these tests look."""

    exceptions: list[str]
    titles: list[str]
    charts: list[str]  # the charts' keys ("None" for a chart without one)
    widgets: dict[str, object]
    notes: list[str]
    messages: list[str]  # errors, warnings and notes
    latex: list[str]
    code: int


def open_link(page: str, link: Link) -> Page:
    """Open ``page`` through app.py with ``link`` as its query string (a list repeats a key)."""
    app = new_app()
    for key, value in link.items():
        app.query_params[key] = value
    app.switch_page(f"app_pages/{page}.py")
    app.run()
    notes = [c.value for c in app.caption if c.value.startswith(NOTE)]
    return Page(
        exceptions=[e.message + "\n" + "\n".join(e.stack_trace) for e in app.exception],
        titles=[title.value for title in app.title],
        charts=sorted(chart.proto.id.rsplit("-", 1)[-1] for chart in app.get("plotly_chart")),
        widgets={
            w.key: w.value for kind in WIDGETS for w in getattr(app, kind) if w.key is not None
        },
        notes=notes,
        messages=[e.value for e in app.error] + [w.value for w in app.warning] + notes,
        latex=[item.value for item in app.latex],
        code=len(app.code),
    )


_opened: dict[tuple, Page] = {}


def reference(page: str, link: dict[str, str]) -> Page:
    """The page for a clean link (cached: many cases share one)."""
    key = (page, tuple(sorted(link.items())))
    if key not in _opened:
        _opened[key] = open_link(page, link)
        assert not _opened[key].exceptions, f"the clean link {link} fails too"
    return _opened[key]


def names(note: str, key: str) -> bool:
    """Whether ``note`` names the parameter ``key`` (as ``key='value'``)."""
    return bool(key) and re.search(rf"(?<![\w.]){re.escape(key)}=", note) is not None


def value_hint(raw: str) -> str:
    """The start of a value as any note shows it, when it prints as itself."""
    head = raw[:5]
    plain = head.isascii() and head.isprintable() and not set(head) & set("'\"\\")
    return head if plain else ""


def widget_key(key: str) -> str:
    """The widget that shows a parameter (a choice shown by name, the optimizers list and the
    language each have their own)."""
    return "lang_choice" if key == "lang" else control_of(key)


@pytest.fixture(autouse=True)
def no_canary():
    CANARY.unlink(missing_ok=True)
    yield
    assert not CANARY.exists(), "a formula from a link ran"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_hostile_link_renders_falls_back_and_says_so(case: Case):
    if case.typed == "formula":
        with pytest.raises(FormulaError):
            parse_function(case.link["formula"])  # the payload is one the parser refuses
    shown = open_link(case.page, case.link)
    assert not shown.exceptions, f"{case.page}?{case.link!r:.300}\n" + shown.exceptions[0]

    dropped = set(case.bad) | set(case.ignored) | set(case.noted) | {case.typed}
    clean = {k: last(v) for k, v in case.link.items() if k not in dropped}
    # a number out of a clamping control's range (η, ε, λ) is used at the nearest end
    nearest = {k: clamped(k, last(case.link[k])) for k in case.bad}
    clean.update({k: f"{value:g}" for k, value in nearest.items() if value is not None})
    honoured = set()  # values read the other way the case allows, with no note
    for key, value in case.accept.items():
        other = reference(case.page, {**clean, **case.clean, key: value})
        unnoted = not any(names(note, key) for note in shown.notes)
        if unnoted and shown.widgets.get(widget_key(key)) == other.widgets.get(widget_key(key)):
            honoured.add(key)
    expected = reference(
        case.page, {**clean, **case.clean, **{k: case.accept[k] for k in honoured}}
    )

    # 1. the page renders as for the clean link
    assert shown.titles and shown.titles == expected.titles
    assert shown.charts == expected.charts, "the page's figures differ from the clean link's"
    if case.page in MAIN_CHART:
        assert set(MAIN_CHART[case.page]) & set(shown.charts), "the main figure"
    if case.page == "neural_network":
        assert len(shown.charts) >= 2, "the loss and accuracy curves"
    if case.page == "home":
        assert shown.code, "the engine's textbook run"

    # 2. every control as for the clean link: the bad values fell back to the defaults
    differ = {
        key: (shown.widgets.get(key, "<missing>"), expected.widgets.get(key, "<missing>"))
        for key in set(shown.widgets) | set(expected.widgets)
        if key != case.typed and shown.widgets.get(key) != expected.widgets.get(key)
    }
    assert not differ, f"controls (shown, clean link's): {differ}"

    # 3. a note for each bad parameter, and for nothing else
    for key in set(case.bad) - honoured:
        assert widget_key(key) in shown.widgets, f"no control for {key} on the page"
        notes = [note for note in shown.notes if names(note, key)]
        assert notes, f"no note names {key}= (notes: {shown.notes})"
        assert value_hint(last(case.link[key])) in notes[0]
        if nearest.get(key) is not None:
            assert f"Using {nearest[key]:g} instead" in notes[0], notes[0]
    for key in case.noted:
        assert any(
            names(note, key) and value_hint(last(case.link[key])) in note for note in shown.notes
        ), f"no note names {key}= (notes: {shown.notes})"
    named = set(case.bad) | set(case.noted)
    wrongly = [k for k in case.link if k not in named and any(names(n, k) for n in shown.notes)]
    assert not wrongly, f"a note names a good or unknown parameter: {shown.notes}"
    stray = [
        note
        for note in shown.notes
        if not any(names(note, k) for k in named) and not (case.message and case.message in note)
    ]
    assert not stray, f"notes that name no bad parameter: {stray}"

    # 4. a text that cannot be used is explained; its example (or default) is drawn
    if case.typed:
        assert any(case.message in text for text in shown.messages), shown.messages
        assert shown.latex == expected.latex


def test_two_hundred_cases_over_every_page_and_category():
    assert len(CASES) == 200
    assert len({case.id for case in CASES}) == len(CASES), "readable, unique ids"
    assert {case.page for case in CASES} == set(PAGES)
    categories = {case.category for case in CASES}
    assert categories >= {
        "wrong_type", "nan", "inf", "huge", "negative", "just_outside", "non_integer",
        "unknown_param", "long", "optimizers", "unicode", "empty", "repeated", "lang", "formula",
    }  # fmt: skip
