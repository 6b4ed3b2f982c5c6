"""The Playground's "What theory predicts": every equation it prints is re-evaluated from its
printed numbers; the sentences and the measured rate are recomputed from what they print and from
the engine; theory's links run what they promise."""

from __future__ import annotations

import itertools
import re
from urllib.parse import parse_qsl

import numpy as np
import pytest

from optim_core import SURFACES, optimize
from optim_core.theory import curvature_near, measured_rate
from tests.apptest import open_page
from tests.latex_arithmetic import NotArithmetic, agrees, evaluate, top_level_parts
from ui.text import t

NUMBER = r"(-?[0-9.]+(?:e[-+]?[0-9]+)?)"


def section_latex(app) -> list[str]:
    """The theory section's equations (those naming κ, ρ, η*, β or η's edge)."""
    bodies = [element.proto.body for element in app.get("latex")]
    marks = (r"\kappa", r"\rho", r"\eta^*", r"\beta", r"\eta_{\text{edge}}", r"\frac{1}{L}",
             r"(\sqrt{L}")  # fmt: skip
    return [body.strip("$\n ") for body in bodies if any(mark in body for mark in marks)]


def printed_curvature(app) -> tuple[float, float]:
    (line,) = [e.proto.body for e in app.get("latex") if r"\quad L =" in e.proto.body]
    mu, big_l = re.findall(r"= " + NUMBER, line)
    return float(mu), float(big_l)


def check_equations(lines: list[str]) -> None:
    """Each line's numeric sides agree with each other (as a reader would check them)."""
    for line in lines:
        values = []
        for part in top_level_parts(line):
            try:
                values.append(evaluate(part))
            except NotArithmetic:
                continue
        assert len(values) >= 2, line
        for left, right in itertools.pairwise(values):
            assert agrees(left, right), line


def test_the_ellipse_with_gradient_descent_prints_the_issues_figures_and_true_equations():
    app = open_page("playground", section="theory", optimizer="sgd", lr="0.1", steps="200")
    assert not app.exception
    lines = section_latex(app)
    assert len(lines) == 11  # κ, the edge, 2 + 3 + 3 for the methods, the run's own ρ
    check_equations(lines)
    assert printed_curvature(app) == (0.2, 4.0)
    text = "\n".join(lines)
    for figure in ("= 20", "= 0.47619", "= 0.90476", "= 0.40261", "= 0.63451", "= 0.5"):
        assert figure in text
    assert any(m.value == t("tm.quadratic", point="0, 0") for m in app.markdown)
    # the run's own rate, then the measured one: the same here, as theory says
    own = next(line for line in lines if line.startswith(r"\rho = \max"))
    assert own.endswith("= 0.98")
    run = optimize("sgd", SURFACES["ellipse"], np.array([-5.0, -2.0]), 200, lr=0.1)
    measured = measured_rate(np.linalg.norm(run.points, axis=1))
    assert any(m.value == t("tm.measured", rate=f"{measured:.5g}") for m in app.markdown)
    assert measured == pytest.approx(0.98, rel=1e-3)
    spec = app.get("plotly_chart")
    assert any("theory, your settings" in chart.proto.spec for chart in spec)
    # the table holds the equations' results, and the steps its ρ implies
    (table,) = [m.value for m in app.markdown if m.value.startswith("| " + t("tm.col.method"))]
    rows = [row.strip("| ").split(" | ") for row in table.splitlines()[2:]]
    assert [row[0] for row in rows] == [t("tm.short.sgd"), t("tm.short.momentum"),
                                        t("tm.short.nesterov"), t("tm.row.own")]  # fmt: skip
    results = {line.split(" = ")[0]: [] for line in lines}
    for line in lines:
        results[line.split(" = ")[0]].append(line.rsplit("= ", 1)[1])
    etas = [results[r"\eta^*"][0], *results[r"\eta"]]
    assert [row[1] for row in rows] == [*etas, "0.1"]
    assert [row[2] for row in rows] == ["–", *results[r"\beta"], "–"]
    assert [row[3] for row in rows] == results[r"\rho"]
    for row in rows:
        assert int(row[4]) == np.ceil(np.log(1000) / -np.log(float(row[3])))


@pytest.mark.parametrize("optimizer", ["momentum", "nesterov"])
def test_the_run_s_own_rate_for_momentum_is_the_largest_root_of_what_it_prints(optimizer):
    app = open_page("playground", section="theory", optimizer=optimizer, lr="0.05", momentum="0.8",
                    steps="300", surface="rotated_ellipse")  # fmt: skip
    assert not app.exception
    check_equations(section_latex(app))
    key = "tm.own_heavy_ball" if optimizer == "momentum" else "tm.own_nesterov"
    head = t(key).split("{lr}")[0]
    (sentence,) = [m.value for m in app.markdown if m.value.startswith(head)]
    lr, beta, rate, mu, big_l = (float(re.search(name + " = " + NUMBER, sentence).group(1))
                                 for name in ("η", "β", "ρ", "μ", "L"))  # fmt: skip
    assert (lr, beta) == (0.05, 0.8) and (mu, big_l) == printed_curvature(app)
    roots = []
    for value in (mu, big_l):
        if optimizer == "momentum":
            roots += list(np.roots([1, -(1 + beta - lr * value), beta]))
        else:
            shrink = 1 - lr * value
            roots += list(np.roots([1, -(1 + beta) * shrink, beta * shrink]))
    assert float(f"{max(abs(np.array(roots))):.5g}") == rate


@pytest.mark.parametrize("choice", [0, 1, 2])
def test_each_link_runs_theory_s_settings_and_the_run_shrinks_at_the_printed_rate(choice):
    """The links open the Playground with theory's η (and β); that run's measured rate is the ρ
    printed for it (to 3 %: the best heavy ball and Nesterov have a double root, whose distance
    carries a factor t)."""
    app = open_page("playground", section="theory", optimizer="adam", lr="0.1", steps="150")
    assert not app.exception
    assert any(c.value == t("tm.no_theory") for c in app.caption)  # Adam: theory has no rate
    names = [t("tm.run_it", method=t(f"tm.short.{name}")) for name in ("sgd", "momentum",
                                                                       "nesterov")]  # fmt: skip
    links = [p for p in app.get("page_link") if p.proto.label in names]
    assert len(links) == 3
    query = dict(parse_qsl(links[choice].proto.query_string))
    assert query["optimizer"] == ("sgd", "momentum", "nesterov")[choice]
    place = {"surface": "ellipse", "x0": "-5.0", "y0": "-2.0", "steps": "150"}
    assert place.items() <= query.items()
    lines = section_latex(app)
    rates = [line for line in lines if line.startswith(r"\rho")]
    printed_rate = float(re.findall(NUMBER + "$", rates[choice])[0])
    etas = [line for line in lines if line.startswith(r"\eta") and "edge" not in line]
    assert float(query["lr"]) == float(re.findall(NUMBER + "$", etas[choice])[0])
    if choice:
        betas = [line for line in lines if line.startswith(r"\beta")]
        assert float(query["momentum"]) == float(re.findall(NUMBER + "$", betas[choice - 1])[0])
    followed = open_page("playground", **{k: v for k, v in query.items() if k != "fresh"})
    assert not followed.exception
    head = t("tm.measured").split("{rate}")[0]
    (measured,) = [m.value for m in followed.markdown if m.value.startswith(head)]
    assert float(re.findall(NUMBER, measured)[0]) == pytest.approx(printed_rate, rel=0.03)


def test_rosenbrock_is_labelled_local_with_the_hessian_at_its_minimum():
    app = open_page("playground", section="theory", surface="rosenbrock", optimizer="adam",
                    lr="0.05", x0="-1.5", y0="2", steps="100")  # fmt: skip
    assert not app.exception
    assert any(m.value == t("tm.local", point="1, 1") for m in app.markdown)
    mu, big_l = printed_curvature(app)
    curvature = curvature_near(SURFACES["rosenbrock"], np.array([1.0, 1.0]))
    assert (mu, big_l) == (float(f"{curvature.mu:.5g}"), float(f"{curvature.L:.5g}"))
    check_equations(section_latex(app))


def test_a_saddle_says_it_has_no_condition_number():
    app = open_page("playground", section="theory", surface="saddle", optimizer="sgd", lr="0.1",
                    x0="-1", y0="0.001", steps="20")  # fmt: skip
    assert not app.exception
    assert any(m.value == t("tm.not_convex", mu="-2", L="2") for m in app.markdown)
    assert not [p for p in app.get("page_link") if p.proto.label.startswith("Run ")]


def test_a_typed_quadratic_is_exact_and_a_run_with_noise_gets_no_rate():
    app = open_page("playground", section="theory", surface="custom", formula="x^2 + x*y + 3*y^2",
                    optimizer="sgd", lr="0.1", steps="80")  # fmt: skip
    assert not app.exception
    assert any(m.value == t("tm.quadratic", point="0, 0") for m in app.markdown)
    mu, big_l = printed_curvature(app)
    expected = np.linalg.eigvalsh([[2, 1], [1, 6]])
    assert (mu, big_l) == tuple(float(f"{v:.5g}") for v in expected)
    check_equations(section_latex(app))
    noisy = open_page(
        "playground", section="theory", optimizer="sgd", lr="0.1", noise="0.5", seed="1"
    )
    assert any(c.value == t("tm.no_theory") for c in noisy.caption)


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "ko"])
def test_the_section_in_every_language(lang):
    app = open_page("playground", section="theory", optimizer="momentum", lr="0.05", lang=lang)
    assert not app.exception
    # the section's button, chosen, names it in the reader's language
    sections = app.button_group(key="section_choice")
    assert sections.value == "theory"
    assert t("tm.title", lang) in sections.options
    check_equations(section_latex(app))
