"""Presets: named Playground views, each one a link (the URL carries every control). They open
in the same tab, so the language and presenter mode stay as they are."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import streamlit as st

from ui.link import fresh_link
from ui.text import t

PLAYGROUND = "app_pages/playground.py"


@dataclass(frozen=True)
class Preset:
    title_key: str  # in the text catalog
    params: dict[str, str]


PRESETS = (
    Preset(
        "preset.d2l_rmsprop",
        {
            "surface": "ellipse", "optimizer": "rmsprop", "convention": "d2l", "lr": "0.4",
            "gamma": "0.9", "eps": "1e-06", "x0": "-5", "y0": "-2", "steps": "20",
        },
    ),
    Preset(
        "preset.adagrad_stalls",
        {
            "surface": "ellipse", "optimizer": "adagrad", "convention": "d2l", "lr": "0.4",
            "x0": "-5", "y0": "-2", "steps": "50",
        },
    ),
    Preset(
        "preset.divergence",
        {"surface": "rosenbrock", "optimizer": "sgd", "lr": "0.003", "x0": "-1.5", "y0": "2", "steps": "50"},
    ),
    Preset(
        "preset.saddle",
        {"surface": "saddle", "optimizer": "sgd", "lr": "0.05", "x0": "-1.5", "y0": "0.001", "steps": "60"},
    ),
    Preset(
        "preset.rosenbrock",
        {"surface": "rosenbrock", "optimizer": "adam", "lr": "0.05", "x0": "-1.5", "y0": "2", "steps": "1000"},
    ),
    Preset(
        "preset.rotated",
        {"surface": "rotated_ellipse", "optimizer": "rmsprop", "lr": "0.1", "gamma": "0.9", "steps": "60"},
    ),
    Preset(
        "preset.himmelblau",
        {"surface": "himmelblau", "optimizer": "adam", "lr": "0.1", "x0": "0", "y0": "0", "steps": "200"},
    ),
    Preset(
        "preset.lion",
        {"surface": "ellipse", "optimizer": "lion", "lr": "0.1", "x0": "-5", "y0": "-2", "steps": "100"},
    ),
    Preset(
        "preset.schedule_free",
        {"surface": "rosenbrock", "optimizer": "schedule_free_adamw", "lr": "0.1", "x0": "-1.5", "y0": "2", "steps": "500"},
    ),
)  # fmt: skip


def preset_link(preset: Preset) -> str:
    """The preset as an address, for a slide or a message."""
    return "/playground?" + urlencode(preset.params)


def preset_list() -> None:
    """The presets as links that open the Playground in this tab."""
    for preset in PRESETS:
        st.page_link(PLAYGROUND, label=t(preset.title_key), query_params=fresh_link(preset.params),
                     icon=":material/arrow_forward:")  # fmt: skip
