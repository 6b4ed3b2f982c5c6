"""The pages bench/load.py measures the app against still run, and draw what the bench reads:
the minimal page (bench/load_reference_page.py) and the floor (bench/load_floor_page.py), the
Playground's own run and path figure alone."""

import json
import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from bench.protocol import APP, FLOOR, REFERENCE
from tests.apptest import ROOT
from tests.plotly_json import decoded
from ui import runs


def figure_of(app: AppTest) -> dict:
    charts = app.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


@pytest.mark.parametrize("target", [REFERENCE, FLOOR], ids=["reference", "floor"])
def test_a_bench_page_draws_the_figure_its_marker_finds_for_the_steps(target):
    app = AppTest.from_file(str(ROOT / target.script), default_timeout=60)
    app.query_params["x0"], app.query_params["y0"] = "-1.2", "1.9"
    app.run()
    assert not app.exception
    app.number_input(key="steps").set_value(37).run()
    assert not app.exception
    spec = app.get("plotly_chart")[0].proto.spec
    assert re.search(target.figure_marker(37), spec)
    assert not re.search(target.figure_marker(150), spec)


def test_the_floor_draws_the_playgrounds_run_from_the_links_start():
    app = AppTest.from_file(str(ROOT / FLOOR.script), default_timeout=60)
    app.query_params["x0"], app.query_params["y0"] = "-1.2", "1.9"
    app.run()
    figure = figure_of(app)
    spec = runs.RunSpec(runs.SurfaceChoice("rosenbrock"), "adam", "pytorch", (("lr", 0.02),),
                        (-1.2, 1.9), 150)  # fmt: skip
    run = runs.run(spec)
    path = figure["data"][0]  # the path, drawn whole; its step slider reveals it
    assert np.allclose(decoded(path["x"]), run.points[:, 0], rtol=1e-6)
    assert np.allclose(decoded(path["y"]), run.points[:, 1], rtol=1e-6)
    assert FLOOR.marker == APP.marker  # load.py finds the floor's figure as the Playground's
