"""Every user-visible string, in one catalog (English now; other languages add a dict each).

Pages call ``t("key")`` (or ``t("key", name=value)`` for strings with fields) and never write
user-visible text themselves. Formulas (LaTeX) are not text and stay in the code that builds them.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "app.title": "Optimizer Lab",
    "app.icon": "📉",
    "nav.home": "Home",
    "home.title": "Optimizer Lab",
    "home.lead": (
        "Watch gradient descent and its adaptive relatives (SGD, Momentum, Nesterov, AdaGrad, "
        "**RMSProp**, Adadelta, Adam, AdamW) walk across a surface, step by step. Every number "
        "is computed by a small NumPy engine that matches PyTorch, Keras, TensorFlow 1 and the "
        "*Dive into Deep Learning* textbook exactly, so you can check it against your own code."
    ),
    "home.engine_title": "The engine, in one call",
    "home.engine_body": (
        "The same engine drives every page. Here it runs the textbook's RMSProp example "
        "(d2l convention, η = 0.4, γ = 0.9, ε = 10⁻⁶ inside the square root, 20 steps from "
        "(−5, −2) on f = 0.1x² + 2y²):"
    ),
    "home.engine_result": "After {steps} steps: x₁ = {x1:.6f}, x₂ = {x2:.6f}",
    "home.coming": "The interactive pages (Playground, Compare, …) are on their way.",
}

CATALOG: dict[str, dict[str, str]] = {"en": EN}


def t(key: str, lang: str = "en", **fields) -> str:
    """The text for ``key`` in ``lang`` (English when missing), with ``fields`` filled in."""
    text = CATALOG.get(lang, EN).get(key, EN[key])
    return text.format(**fields) if fields else text
