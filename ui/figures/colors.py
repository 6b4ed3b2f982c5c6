"""Colours: Okabe & Ito's colour-blind-safe palette, and the colour of each run.

A run keeps its colour in every figure and in the leaderboard. None is white or yellow: they
vanish on white paper; on the viridis contour every path also has white-rimmed markers.
"""

from __future__ import annotations

PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#333333")
RUN_COLORS = ("#E69F00", "#56B4E9", "#CC79A7", "#D55E00", "#000000", "#0072B2")
COORDINATE_COLORS = ("#0072B2", "#D55E00")  # x and y: Okabe & Ito blue and vermillion
BASIN_COLORS = ("#000000", "#DDDDDD", *PALETTE[:6])  # diverged, none, minimum 0, 1, …


def run_color(index: int) -> str:
    """The colour of the run at ``index`` in a race or a sweep (and of its leaderboard row)."""
    return RUN_COLORS[index % len(RUN_COLORS)]


# the forces at a step (ui.forces): −∇f, the update taken, the optimizer's memory. Vermillion,
# black and sky blue: apart from each other and from the first run's orange
FORCE_COLORS = {"gradient": "#D55E00", "update": "#000000", "memory": "#56B4E9"}
