"""A second reference for bench/load.py (``--page floor``): the least a Playground steps change
must do. The same cached run as the Playground's (``ui.runs.run``) and its path drawn on the
contour with the step slider, the speed and the click-to-start script (``animated_contour``,
``ui.classroom.plot``), and nothing else: no results, live slider, arrows, sections or sidebar.

Its ratio to the minimal page (bench/load_reference_page.py) under the same load is what a page
that runs the optimizer and draws its path costs before it shows anything more."""

import streamlit as st

from ui import runs
from ui.classroom import plot
from ui.figures.animation import PathSpec, animated_contour
from ui.figures.colors import run_color
from ui.text import animation_labels

# the run bench/protocol.py's QUERY names; only its start point and steps vary between sessions
SURFACE = runs.SurfaceChoice("rosenbrock")
HYPER = (("lr", 0.02),)

start = (float(st.query_params.get("x0", -1.5)), float(st.query_params.get("y0", 2.0)))
steps = st.number_input("Steps", 1, 5000, 150, key="steps", bind="query-params")
run = runs.run(runs.RunSpec(SURFACE, "adam", "pytorch", HYPER, start, steps))
figure = animated_contour(
    runs.surface_of(SURFACE),
    [PathSpec("Adam", run.points, run_color(0))],
    labels=animation_labels(),
    image_uri=runs.contour_image(SURFACE),
    height=470,
    speed=1.0,
    clickable=True,
)
plot(figure, key="trajectory")
