"""Maps over a grid of start points: where each one ended, which minimum, how fast."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ui.figures.colors import BASIN_COLORS
from ui.figures.encoding import typed_array


def swarm_maps_figure(
    maps: dict[str, dict[str, np.ndarray]],
    kind: str,
    *,
    basin_labels: Sequence[str],
    colorbar_title: str,
    domain: tuple[tuple[float, float], tuple[float, float]],
    diverged_note,
    height_per_row: int = 340,
) -> go.Figure:
    """One heatmap per optimizer: log10 of the final gap, the basin reached, or steps to tolerance.

    Heatmaps are fine here: nothing is animated, so Plotly's frame problem does not apply.
    """
    names = list(maps)
    cols = min(3, len(names))
    rows = math.ceil(len(names) / cols)
    titles = []
    for name in names:
        diverged = int(np.count_nonzero(maps[name]["diverged"]))
        titles.append(f"{name}<br><sup>{diverged_note(diverged)}</sup>" if diverged else name)
    figure = make_subplots(
        rows=rows, cols=cols, subplot_titles=titles, horizontal_spacing=0.06, vertical_spacing=0.16
    )
    for index, name in enumerate(names):
        data = maps[name]
        if kind in ("final_gap", "steps"):
            if kind == "final_gap":
                with np.errstate(divide="ignore", invalid="ignore"):
                    z = np.log10(np.maximum(data["final_gap"], 1e-300))
            else:
                z = np.where(data["steps"] >= 0, data["steps"], np.nan)
            trace = {"colorscale": "Viridis", "colorbar": {"title": colorbar_title}}
        else:  # basin: -2 diverged, -1 none, 0… minimum index, as a stepped colour scale
            z = data["basin"] + 2.0
            count = len(basin_labels)
            scale = []
            for level in range(count):
                color = BASIN_COLORS[level % len(BASIN_COLORS)]
                scale += [[level / count, color], [(level + 1) / count, color]]
            trace = {
                "colorscale": scale,
                "zmin": -0.5,
                "zmax": count - 0.5,
                "colorbar": {
                    "tickvals": list(range(count)),
                    "ticktext": list(basin_labels),
                    "title": colorbar_title,
                },
            }
        figure.add_trace(
            go.Heatmap(
                x=typed_array(data["x"]),
                y=typed_array(data["y"]),
                z=typed_array(z),
                showscale=index == 0,
                hovertemplate="(%{x:.3g}, %{y:.3g}): %{z:.3g}<extra>" + name + "</extra>",
                **trace,
            ),
            row=index // cols + 1,
            col=index % cols + 1,
        )
    # fixed axes: a map whose every start point diverged is empty, not rescaled to nonsense
    figure.update_xaxes(range=list(domain[0]))
    figure.update_yaxes(range=list(domain[1]))
    figure.update_layout(height=height_per_row * rows, margin={"l": 40, "r": 10, "t": 50, "b": 30})
    return figure
