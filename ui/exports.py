"""What leaves the app: the share link, the CSV of a run, the standalone HTML animation, and the
table of hyperparameter names across frameworks."""

from __future__ import annotations

from urllib.parse import urlencode

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

from optim_core import NETWORK_OPTIMIZERS, Trajectory
from optim_core.hyperparameters import ABSENT, FRAMEWORKS
from ui.figure_scripts import SCRIPTS_BY_META


def url_value(value) -> str:
    """How a control's value is written in a link (booleans as Streamlit's toggles write them)."""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def share_link(base_url: str, params: dict[str, object], page: str = "playground") -> str:
    """The full link to this view: every control spelled out, so later default changes keep it.
    ``base_url`` is the page's address (``st.context.url``); without it, a relative link."""
    query = urlencode({key: url_value(value) for key, value in params.items()}, safe=",")
    return f"{base_url.rstrip('/')}?{query}" if base_url else f"/{page}?{query}"


def trajectory_csv(run: Trajectory) -> str:
    """One row per step: x_t, f(x_t), η_t, g_t, the effective step and the state, each float in
    its shortest form that reads back exactly."""
    columns = {
        "step": np.arange(run.steps + 1),
        "x": run.points[:, 0],
        "y": run.points[:, 1],
        "f": run.values if run.values is not None else np.full(run.steps + 1, np.nan),
        "lr": run.lr,
        "g_x": run.grads[:, 0],
        "g_y": run.grads[:, 1],
        "effective_step_x": run.effective_step[:, 0],
        "effective_step_y": run.effective_step[:, 1],
    }
    for name, values in run.state.items():
        columns[f"{name}_x"] = values[:, 0]
        columns[f"{name}_y"] = values[:, 1]
    columns.update(run.scalars)  # numbers the optimizer keeps besides its arrays (NAdam's Π)
    table = np.column_stack([np.asarray(values, dtype=np.float64) for values in columns.values()])
    rows = [",".join(columns)]
    rows += [",".join(map(number_text, row)) for row in table.tolist()]
    return "\n".join(rows) + "\n"


def number_text(value: float) -> str:
    """A number in its shortest form that reads back to the same float: 0.4, not
    0.40000000000000002; 3, not 3.0."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def standalone_html(figure: dict | go.Figure, title: str) -> str:
    """The animated figure as one HTML file with plotly.js inside: it plays offline. It brings
    the scripts its meta asks for (``ui.figure_scripts``): an animated contour the one that fills
    its frames, a 3-D figure the one that draws its paths, a live slider its own."""
    spec = figure.to_dict() if isinstance(figure, go.Figure) else figure
    meta = spec.get("layout", {}).get("meta", {})
    scripts = "".join(script for key, script in SCRIPTS_BY_META.items() if key in meta)
    page = pio.to_html(
        figure,
        validate=False,
        include_plotlyjs=True,
        full_html=True,
        auto_play=False,
        config={"displaylogo": False},
    ).replace("<head>", f"<head><title>{title}</title>", 1)
    return page.replace("</body>", scripts + "</body>", 1)


def names_help(optimizer: str, key: str) -> str:
    """'PyTorch alpha · Keras 3 rho · …' for a control's help."""
    names = NETWORK_OPTIMIZERS[optimizer].framework_names(key)
    return " · ".join(
        f"{fw} {name}" for fw, name in zip(FRAMEWORKS, names, strict=True) if name != ABSENT
    )


def names_table(optimizer: str, keys: list[str]) -> str:
    """A Markdown table naming the chosen optimizer's hyperparameters in each framework."""
    rows = ["| | " + " | ".join(FRAMEWORKS) + " |", "|---|---|---|---|---|"]
    for key in keys:
        names = NETWORK_OPTIMIZERS[optimizer].framework_names(key)
        cells = " | ".join(f"`{name}`" if name != ABSENT else name for name in names)
        rows.append(f"| `{key}` | {cells} |")
    return "\n".join(rows)
