"""The custom-formula parser: hostile input is refused cleanly and runs nothing; valid input gets
a gradient that matches finite differences."""

import math
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optim_core import optimize
from optim_core.formula import MAX_CHARS, FormulaError, parse_function

CANARY = Path("/tmp/optimizer-lab-formula-canary")
TIME_LIMIT = 0.1  # seconds: parse + differentiate

HOSTILE = [
    # code injection and escapes from a sandbox
    "__import__('os').system('id')",
    f"open('{CANARY}', 'w').write('ran')",
    f"__import__('pathlib').Path('{CANARY}').touch()",
    "().__class__.__bases__[0].__subclasses__()",
    "exec('import os')",
    "eval('1+1')",
    "compile('1', 'f', 'eval')",
    "globals()",
    "locals()",
    "vars()",
    "dir()",
    "getattr(x, 'real')",
    "lambda: 0",
    "(lambda: 0)()",
    "[x for x in ()]",
    "{x for x in ()}",
    "{x: 1}",
    "(x for x in ())",
    "x.real",
    "x.__class__",
    "sin.__globals__",
    "x.__add__(1)",
    "''.join('a')",
    "'abc'",
    "b'abc'",
    "f'{x}'",
    "[1, 2][0]",
    "x[0]",
    "(x, y)",
    "x if y else 1",
    "x and y",
    "x or y",
    "not x",
    "x < y",
    "x == y",
    "x @ y",
    "x // y",
    "x % y",
    "x & y",
    "x << 2",
    "~x",
    "x := 1",
    "*x",
    "sin(*[x])",
    "sin(**{'x': 1})",
    "sin(x=1)",
    "sin(x, y)",
    "sin()",
    "True",
    "None",
    "1j",
    "...",
    "await x",
    "yield x",
    "import os",
    "x = 1",
    "x; y",
    "os.system('id')",
    "breakpoint()",
    "print(x)",
    "input()",
    "SIN(x)",
    "z + 1",
    "X + y",
    # huge numbers and powers: nothing of the sort is ever computed
    "9**9**9",
    "9**9**9**9",
    "(x + 1)**(9**9)",
    "2**1000000",
    "10.0**64*10.0**300",
    "exp(exp(exp(exp(1000))))",
    "exp(710)",
    "cosh(1e5)",
    "1e309",
    "9" * 200,
    "x * 10000000",
    "1/0",
    "0**-1",
    "log(0)",
    "x/0",
    "sqrt(-1)",
    # deep nesting and long input
    "-" * 200 + "x",
    "sin(" * 60 + "x" + ")" * 60,
    "(" * 1000 + "x" + ")" * 1000,
    "x" * (MAX_CHARS + 1),
    "+".join(["x"] * 200),
    # look-alikes, full width, control characters, bytes
    "ｘ + ｙ",
    "x + у",  # Cyrillic у
    "𝑥 + 1",
    "x\u200b + y",
    "x\u00a0+ y",
    "sіn(x)",  # Cyrillic і
    "x\x00 + y",
    "x\n+ y",
    "x + y\r",
    "\x1b[31mx",
    "",
    "   ",
    "\t",
    b"x + y",
    None,
    42,
    # syntax errors
    "x +",
    "(x",
    "sin x",
    "x y",
    "2x",
]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("x^2 + ", 5),  # the dangling + at the end, not the start
        ("x^2 +", 5),
        ("x + * y", 5),  # the * that cannot follow +
        ("x^2 + y^2)", 10),  # the unmatched ), counted in the text as typed (^, not **)
        ("sin(x", 4),  # the ( never closed
        ("x y", 3),
    ],
)
def test_a_syntax_error_points_at_its_place_in_the_text_as_typed(text, position):
    with pytest.raises(FormulaError) as refused:
        parse_function(text)
    assert refused.value.code == "syntax" and refused.value.position + 1 == position
    assert f"near position {position}." in str(refused.value)


@pytest.fixture(autouse=True)
def no_canary():
    CANARY.unlink(missing_ok=True)
    parse_function("x")  # import SymPy before any timing
    yield
    assert not CANARY.exists(), "a payload ran"


@pytest.mark.parametrize("text", HOSTILE, ids=[repr(t)[:40] for t in HOSTILE])
def test_hostile_input_is_refused_quickly_and_runs_nothing(text):
    start = time.perf_counter()
    with pytest.raises(FormulaError) as refused:
        parse_function(text)
    assert time.perf_counter() - start < TIME_LIMIT
    message = str(refused.value)
    assert isinstance(refused.value, ValueError) and 20 < len(message) < 400
    assert not CANARY.exists()


def test_the_suite_is_large_enough():
    assert len(HOSTILE) >= 60


def test_messages_point_at_the_offending_part():
    with pytest.raises(FormulaError, match="At position 5: the name 'os' is not allowed") as e:
        parse_function("x + os")
    assert e.value.position == 4
    with pytest.raises(FormulaError, match="character 'ｘ' at position 3"):
        parse_function("1+ｘ")
    with pytest.raises(FormulaError, match="Use numbers, x, y"):
        parse_function("x.real")


VALID = [
    ("x^4 + y^2", lambda x, y: x**4 + y**2),
    ("sin(x)*cos(y) + 0.1*(x**2 + y**2)", lambda x, y: np.sin(x) * np.cos(y) + 0.1 * (x**2 + y**2)),
    ("abs(x) + sqrt(y**2 + 1)", lambda x, y: np.abs(x) + np.sqrt(y**2 + 1)),
    ("log(1 + x**2) - exp(-y**2)", lambda x, y: np.log(1 + x**2) - np.exp(-(y**2))),
    (
        "arctan(x) * tanh(y) + ln(2) + pi*e",
        lambda x, y: np.arctan(x) * np.tanh(y) + np.log(2) + math.pi * math.e,
    ),
    ("-x / (1 + y^2)", lambda x, y: -x / (1 + y**2)),
    (
        "2^x + cosh(y) - sinh(x/3) + tan(y/4)",
        lambda x, y: 2**x + np.cosh(y) - np.sinh(x / 3) + np.tan(y / 4),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "numpy_f"), VALID, ids=[v[0] for v in VALID])
def test_valid_formulas(text, numpy_f):
    start = time.perf_counter()
    formula = parse_function(text)
    assert time.perf_counter() - start < TIME_LIMIT
    points = np.random.default_rng(0).uniform(-1.5, 1.5, size=(7, 2))
    np.testing.assert_allclose(
        formula.value(points), numpy_f(points[:, 0], points[:, 1]), rtol=1e-12
    )
    assert formula.latex and formula.grad_latex.startswith(r"\nabla f")
    # the exported source is the same function
    x, y = points[:, 0], points[:, 1]
    namespace = {"m": np, "math": math, "x": x, "y": y}
    np.testing.assert_allclose(eval(formula.expression, namespace), numpy_f(x, y), rtol=1e-12)


def central_difference(formula, point, h=1e-6):
    steps = np.eye(2) * h
    return np.array(
        [(formula.value(point + s) - formula.value(point - s)) / (2 * h) for s in steps]
    )


TERMS = st.sampled_from(
    ["x", "y", "x*y", "x**2", "y**3", "sin(x)", "cos(y)", "exp(x/3)", "tanh(y)", "arctan(x*y)",
     "sqrt(1 + x**2)", "log(2 + y**2)", "(x - y)**2", "2**x", "1/(1 + x**2 + y**2)"]
)  # fmt: skip
COEFFICIENTS = st.floats(-3, 3).filter(lambda c: abs(c) > 1e-3).map(lambda c: round(c, 3))


@settings(max_examples=60, deadline=None)
@given(
    terms=st.lists(st.tuples(COEFFICIENTS, TERMS), min_size=1, max_size=4),
    u=st.floats(-1.5, 1.5),
    v=st.floats(-1.5, 1.5),
)
def test_symbolic_gradient_matches_finite_differences(terms, u, v):
    text = " + ".join(f"({c})*{term}" for c, term in terms)
    formula = parse_function(text)
    point = np.array([u, v])
    analytic = formula.grad(point)
    numeric = central_difference(formula, point)
    scale = max(1.0, float(np.abs(analytic).max()))
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-6 * scale)


def test_a_formula_runs_like_a_surface_and_overflow_is_divergence():
    bowl = parse_function("x^4 + y^2")
    run = optimize("rmsprop", bowl, np.array([1.5, -1.0]), 100, lr=0.05)
    assert not run.diverged and run.values[-1] < run.values[0]
    cliff = parse_function("exp(x^2)")
    wild = optimize("sgd", cliff, np.array([3.0, 0.0]), 50, lr=0.5)
    assert wild.diverged


def test_a_custom_formula_runs_on_both_pages_from_a_link():
    from tests.apptest import open_page

    for page in ("playground", "compare"):
        app = open_page(page, surface="custom", formula="x^4 + 3*y^2 - x*y", x_min="-3", x_max="3")
        assert not app.exception, page
        assert not app.error
        shown = " ".join(item.value for item in app.latex)
        assert "x^{4} - x y + 3 y^{2}" in shown and r"\nabla f" in shown


def test_a_bad_formula_is_explained_and_the_page_keeps_working():
    from tests.apptest import open_page

    for text in ("__import__('os').system('id')", "x +", "9**9**9"):
        app = open_page("playground", surface="custom", formula=text)
        assert not app.exception
        assert app.error and "Use numbers, x, y" in app.error[0].value
        assert app.get("plotly_chart"), "the rest of the page still draws"
    assert not CANARY.exists()


def test_example_buttons_fill_the_formula():
    from tests.apptest import open_page

    app = open_page("playground", surface="custom")
    next(b for b in app.button if b.label == "Narrow valley").click().run()
    assert not app.exception
    assert app.text_input(key="formula").value == "0.1*x^2 + 20*(y - 0.5*x^2)^2"
