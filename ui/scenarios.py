"""Compare scenarios: each a link to /compare with a title and a short explanation (catalog keys
``scenario.<key>`` and ``scenario.<key>.text``)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import streamlit as st

from ui.link import fresh_link
from ui.text import t


@dataclass(frozen=True)
class Scenario:
    key: str
    params: dict[str, str]


SCENARIOS = (
    Scenario(
        "adagrad_rmsprop",
        {
            "mode": "race", "surface": "ellipse", "convention": "d2l",
            "optimizers": "adagrad,rmsprop", "lr_adagrad": "0.4", "lr_rmsprop": "0.4",
            "x0": "-5", "y0": "-2", "steps": "50",
        },
    ),
    Scenario(
        "momentum_valley",
        {
            "mode": "race", "surface": "rosenbrock", "optimizers": "sgd,momentum,nesterov",
            "lr_sgd": "0.001", "lr_momentum": "0.001", "lr_nesterov": "0.001",
            "x0": "-1.5", "y0": "2", "steps": "300",
        },
    ),
    Scenario(
        "adam_adamw",
        {
            "mode": "race", "surface": "booth", "optimizers": "adam,adamw",
            "lr_adam": "0.1", "lr_adamw": "0.1", "weight_decay_adam": "0.5",
            "weight_decay_adamw": "0.5", "steps": "300",
        },
    ),
    Scenario(
        "eps_placement",
        {
            "mode": "sweep", "surface": "ellipse", "optimizer": "rmsprop", "lr": "0.001",
            "gamma": "0.9", "eps": "0.0001", "sweep_param": "convention",
            "sweep_values": "pytorch,keras,d2l", "x0": "-0.05", "y0": "-0.02", "zoom": "100",
            "steps": "100",
        },
    ),
    Scenario(
        "rmsprop_gamma",
        {
            "mode": "sweep", "surface": "ellipse", "optimizer": "rmsprop", "lr": "0.1",
            "sweep_param": "gamma", "sweep_values": "0.5,0.9,0.99", "steps": "60",
        },
    ),
    Scenario(
        "adam_relatives",
        {
            "mode": "race", "surface": "rotated_ellipse",
            "optimizers": "adam,nadam,radam,adamax,lion,schedule_free_adamw",
            "lr_adam": "0.1", "lr_nadam": "0.1", "lr_radam": "0.1", "lr_adamax": "0.1",
            "lr_lion": "0.1", "lr_schedule_free_adamw": "0.1", "steps": "300",
        },
    ),
    Scenario(
        "himmelblau_basins",
        {
            "mode": "swarm", "surface": "himmelblau", "optimizers": "sgd,momentum,adam",
            "lr_sgd": "0.01", "lr_momentum": "0.005", "lr_adam": "0.1", "grid": "50",
            "swarm_map": "basin", "steps": "200",
        },
    ),
)  # fmt: skip
BY_KEY = {scenario.key: scenario for scenario in SCENARIOS}


def scenario_link(scenario: Scenario) -> str:
    return "/compare?" + urlencode({**scenario.params, "scenario": scenario.key}, safe=",")


def scenario_list() -> None:
    """The scenarios as links that open Compare in this tab (language and presenter mode stay)."""
    for scenario in SCENARIOS:
        st.page_link(
            "app_pages/compare.py",
            label=t("scenario." + scenario.key),
            query_params=fresh_link({**scenario.params, "scenario": scenario.key}),
            icon=":material/arrow_forward:",
        )
