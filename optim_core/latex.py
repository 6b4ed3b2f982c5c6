r"""How an explanation writes numbers and lines (LaTeX, no user-visible words).

A ``Line`` reads ``symbolic = the numbers substituted = result``: vectors are (x, y) columns and
every number has 5 significant digits, so a student can redo the step by hand (and a test redoes
every line from the numbers it shows).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


def num(value: float) -> str:
    """A number to 5 significant digits; powers of ten as ×10^k."""
    value = float(value)
    if not np.isfinite(value):
        return r"\text{NaN}" if np.isnan(value) else (r"\infty" if value > 0 else r"-\infty")
    text = f"{value:.5g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return rf"{mantissa}\times 10^{{{int(exponent)}}}"
    return text


def vec(values) -> str:
    """A vector as a column; a single number as itself."""
    flat = np.ravel(values)
    if flat.size == 1:
        return num(flat[0])
    return r"\begin{pmatrix}" + r" \\ ".join(num(v) for v in flat) + r"\end{pmatrix}"


def factor(value: float) -> str:
    """A number that multiplies what follows it: in brackets when negative or a power of ten."""
    text = num(value)
    return rf"\left({text}\right)" if (value < 0 or r"\times" in text) else text


def at(symbol: str, k: int | str) -> str:
    """``symbol`` with the subscript ``k`` (``at("s", 3)`` is ``s_{3}``)."""
    return rf"{symbol}_{{{k}}}"


@dataclass(frozen=True)
class Line:
    """One line of an explanation. ``note`` names a remark (a text-catalog key, with ``fields``)
    shown beside it; the LaTeX itself has no words, so it reads the same in every language."""

    latex: str
    note: str | None = None
    fields: dict[str, object] = field(default_factory=dict)


def equation(
    symbolic: str, substituted: str | None, result: str, note: str | None = None, **fields
) -> Line:
    """``symbolic = substituted = result`` (``symbolic = result`` when nothing is substituted)."""
    parts = [symbolic] if substituted is None else [symbolic, substituted]
    return Line(" = ".join([*parts, result]), note, fields)


def running_average(
    symbol: str,
    k: int,
    decay: str,
    decay_value: float,
    before,
    source,
    after,
    *,
    squared: bool = False,
    source_symbol: str | None = None,
) -> Line:
    """``a_k = d·a_{k−1} + (1 − d)·g_k`` (``squared``: of g_k²) with its numbers: the line every
    moving average of the optimizers writes (``decay`` is its symbol, e.g. ``\\beta_1``)."""
    power = "^2" if squared else ""
    source_symbol = source_symbol or at("g", k)
    return equation(
        rf"{at(symbol, k)} = {decay}\, {at(symbol, k - 1)} + (1-{decay})\, {source_symbol}{power}",
        rf"{factor(decay_value)}{vec(before)} + {factor(1 - decay_value)}{vec(source)}{power}",
        vec(after),
    )
