"""A surface as a picture: filled contour bands in viridis with darker isolines, as a PNG.

The surface is drawn as an image in ``layout.images``, never as a trace: inside
``st.plotly_chart``, traces that the animation frames do not animate vanish when Play is pressed
(DESIGN.md §4), while the layout survives.
"""

from __future__ import annotations

import base64
import io

import numpy as np
from PIL import Image
from plotly.colors import hex_to_rgb, sequential

from optim_core import Surface

IMAGE_WIDTH = 480
LEVELS = 24
VIRIDIS = np.array([hex_to_rgb(color) for color in sequential.Viridis], dtype=np.float64)


def surface_grid(surface: Surface, width: int = IMAGE_WIDTH) -> tuple[np.ndarray, int, int]:
    """f on a pixel grid over the surface's domain (row 0 is the top edge), and its size."""
    (x_min, x_max), (y_min, y_max) = surface.domain
    height = max(120, round(width * (y_max - y_min) / (x_max - x_min)))
    height = min(height, 2 * width)
    xs = np.linspace(x_min, x_max, width)
    ys = np.linspace(y_max, y_min, height)
    grid = np.stack(np.meshgrid(xs, ys), axis=-1)
    with np.errstate(all="ignore"):
        values = surface.value(grid)
    return values, width, height


def shown_height(grid_values: np.ndarray, log_colors: bool, min_value: float | None):
    """How f is shown over a grid of its values: as it is, or (``log_colors``) as
    log10(f − floor + 10⁻⁴·spread), which opens up a deep narrow valley. Returns the map, to
    apply to the grid and to any point of the surface alike."""
    finite = grid_values[np.isfinite(grid_values)]
    if not log_colors or finite.size == 0:
        return lambda values: values
    floor = finite.min() if min_value is None else min(min_value, finite.min())
    offset = 1e-4 * max(finite.max() - floor, 1e-12)
    return lambda values: np.log10(np.maximum(values - floor, 0) + offset)


def color_levels(values: np.ndarray, log_colors: bool, min_value: float | None) -> np.ndarray:
    """Map f to [0, 1] for colouring (log-scaled above the minimum when asked)."""
    finite = np.where(np.isfinite(values), values, np.nanmax(values[np.isfinite(values)]))
    finite = shown_height(finite, log_colors, min_value)(finite)
    low, high = finite.min(), finite.max()
    return (finite - low) / max(high - low, 1e-12)


def contour_rgb(surface: Surface, width: int = IMAGE_WIDTH) -> np.ndarray:
    """The surface's bands and isolines as an (h, w, 3) uint8 image."""
    values, width, _ = surface_grid(surface, width)
    level = np.minimum(
        (color_levels(values, surface.log_colors, surface.min_value) * LEVELS), LEVELS - 1
    )
    band = np.floor(level)
    stops = np.linspace(0, 1, len(VIRIDIS))
    shade = (band + 0.5) / LEVELS
    rgb = np.stack([np.interp(shade, stops, VIRIDIS[:, c]) for c in range(3)], axis=-1)
    # isolines: pixels whose band differs from the neighbour to the right or below
    edge = np.zeros_like(band, dtype=bool)
    edge[:, :-1] |= band[:, :-1] != band[:, 1:]
    edge[:-1, :] |= band[:-1, :] != band[1:, :]
    rgb[edge] *= 0.72
    return rgb.astype(np.uint8)


def contour_png(surface: Surface, width: int = IMAGE_WIDTH) -> str:
    """The surface's picture as a PNG data URI."""
    buffer = io.BytesIO()
    Image.fromarray(contour_rgb(surface, width), "RGB").save(buffer, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
