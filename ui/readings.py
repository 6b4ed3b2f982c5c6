"""A run's numbers in plain words: its verdict (under the figure), and how one step treated the
two coordinates (under Explain step k)."""

from __future__ import annotations

import numpy as np
import streamlit as st

from optim_core import Trajectory, explain_step
from optim_core.analysis import Verdict
from ui.text import t

# a verdict's colour and icon: one short line beside the figure, not a boxed alert (the numbers
# under it must stay on the first screen)
VERDICT_LOOK = {
    "diverged": ("red", ":material/error:"),
    "converged": ("green", ":material/check_circle:"),
    "oscillating": ("orange", ":material/swap_vert:"),
    "stalled": ("orange", ":material/hourglass_empty:"),
    "moving": ("blue", ":material/trending_down:"),
}


def coordinate_names() -> tuple[str, str]:
    """The two coordinates' names in the reader's language (the charts' legends, the verdict)."""
    return t("pg.coord_x"), t("pg.coord_y")


def verdict_markdown(verdict: Verdict, coordinate_names: tuple[str, str]) -> str:
    """The verdict in its colour, with its icon (Streamlit markdown)."""
    color, icon = VERDICT_LOOK[verdict.kind]
    return f":{color}[{icon} {verdict_text(verdict, coordinate_names)}]"


def verdict_text(verdict: Verdict, coordinate_names: tuple[str, str]) -> str:
    """The verdict as a sentence."""
    fields = {
        "step": verdict.step,
        "radius": verdict.radius,
        "distance": verdict.distance if verdict.distance is not None else float("nan"),
        "low": verdict.low,
        "high": verdict.high,
        "window": verdict.window,
        "last": verdict.last_step,
        "coordinate": "" if verdict.coordinate is None else coordinate_names[verdict.coordinate],
    }
    key = f"pg.verdict.{verdict.kind}"
    if verdict.kind in ("converged", "moving") and verdict.distance is None:
        key += "_unknown_minimum"
    return t(key, **fields)


def fold(a: float, b: float) -> float | None:
    """How many times larger the larger of two magnitudes is (None when one is 0)."""
    small, large = sorted((abs(a), abs(b)))
    return large / small if small > 0 else None


def step_sentence(run: Trajectory, k: int, coordinate_names: tuple[str, str]) -> str | None:
    """How step k treated the two coordinates: the gradient's two sizes against the two steps
    taken, and whether each coordinate had a step size of its own. None for a step that does not
    move both coordinates (or a run of other than two coordinates)."""
    if run.points.shape[-1] != 2 or run.batch_ndim:
        return None
    g, step = run.grads[k], run.points[k] - run.points[k - 1]
    size = run.effective_step[k]
    g_fold, step_fold = fold(*g), fold(*step)
    if g_fold is None or step_fold is None or not np.all(np.isfinite([*g, *step, *size])):
        return None
    x, y = coordinate_names
    fields = {
        "k": k, "x": x, "y": y, "gx": abs(g[0]), "gy": abs(g[1]), "g_fold": g_fold,
        "dx": abs(step[0]), "dy": abs(step[1]), "step_fold": step_fold,
        "size_x": size[0], "size_y": size[1],
    }  # fmt: skip
    if np.isclose(size[0], size[1], rtol=1e-9):
        return t("pg.sentence.shared", **fields)
    return t("pg.sentence.own_equal" if step_fold < 1.001 else "pg.sentence.own", **fields)


def coordinate_text(value: float) -> str:
    """A coordinate to six decimals, as the textbook prints it (x₂ = 0.000000), without the
    minus sign of a value that rounds to zero (-0.000000 reads as something it is not)."""
    text = f"{value:.6f}"
    return text[1:] if text == "-0.000000" else text


def explanation(run: Trajectory, k: int) -> None:
    """Step k's arithmetic, line by line (each with its note), under the page's heading."""
    for line in explain_step(run, k):
        st.latex(line.latex)
        if line.note:
            st.caption(t(line.note, **line.fields))
