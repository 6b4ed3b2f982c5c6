"""Arrows for the forces (Playground): −∇f, the update taken and the optimizer's memory at each
step, as directions of one length, checked against the run's numbers."""

import json

import numpy as np
import pytest

from optim_core import SURFACES, optimize
from tests.apptest import open_page
from tests.plotly_json import decoded
from ui.forces import ARROW_LENGTH, force_arrows, memory_of

ELLIPSE = SURFACES["ellipse"]


def directions(arrows, k):
    """Each arrow's direction at step k, as shares of the plot (None where it has none)."""
    (x_min, x_max), (y_min, y_max) = ELLIPSE.domain
    size = np.array([x_max - x_min, y_max - y_min])
    found = {}
    for arrow in arrows:
        vector = (arrow.ends[k] - arrow.starts[k]) / size
        found[arrow.label] = vector if np.isfinite(vector).all() else None
    return found


def angle(u, v) -> float:
    return float(np.degrees(np.arccos(np.clip(u @ v / np.hypot(*u) / np.hypot(*v), -1, 1))))


def textbook(optimizer="rmsprop", **hyper):
    hyper = hyper or {"convention": "d2l", "lr": 0.4, "gamma": 0.9, "eps": 1e-6}
    return optimize(optimizer, ELLIPSE, np.array([-5.0, -2.0]), 20, **hyper)


def test_the_textbook_rmsprop_update_is_not_parallel_to_the_gradient():
    """The issue's example: at every early step the update turns away from −∇f (towards the
    minimum), while each arrow has the same length on the plot."""
    run = textbook()
    arrows = force_arrows(run, ELLIPSE)
    assert [a.label for a in arrows] == ["−∇f (downhill)", "update taken"]  # RMSProp: no memory
    for k in range(0, 5):
        found = directions(arrows, k)
        downhill, update = found["−∇f (downhill)"], found["update taken"]
        assert np.hypot(*downhill) == pytest.approx(ARROW_LENGTH)
        assert np.hypot(*update) == pytest.approx(ARROW_LENGTH)
        assert angle(downhill, update) > 20, k
        # and the arrows say what the numbers say: the update is x_{k+1} - x_k, −∇f is −g
        step = run.points[k + 1] - run.points[k]
        assert angle(update, step / np.array([12, 6])) < 1e-4  # degrees (arccos near 0 is coarse)
        assert (
            angle(downhill, -ELLIPSE.grad(run.points[k]) / np.array([12, 6])) < 1e-4
        )  # degrees (arccos near 0 is coarse)


def test_plain_gradient_descent_moves_along_the_gradient():
    run = textbook("sgd", lr=0.1)
    arrows = force_arrows(run, ELLIPSE)
    for k in range(0, 10):
        found = directions(arrows, k)
        assert (
            angle(found["−∇f (downhill)"], found["update taken"]) < 1e-4
        )  # degrees (arccos near 0 is coarse)


@pytest.mark.parametrize("convention", ["pytorch", "keras", "tf1", "d2l"])
def test_the_memory_points_the_way_it_pushes(convention):
    """Momentum's b (PyTorch b = μb + g, x −= ηb; Keras v = μv − ηg, x += v): the memory arrow
    points where the memory moves x, so early on it agrees with the next update."""
    run = optimize("momentum", ELLIPSE, np.array([-5.0, -2.0]), 10, convention=convention,
                   lr=0.05, momentum=0.9)  # fmt: skip
    memory = memory_of(run)
    for k in range(1, 4):
        step = run.points[k + 1] - run.points[k]
        assert memory[k] @ step > 0, (convention, k)
    arrows = force_arrows(run, ELLIPSE)
    assert [a.label for a in arrows][-1] == "memory b"
    assert directions(arrows, 0)["memory b"] is None  # nothing remembered before the first step


def test_the_last_step_has_no_update_arrow_and_adam_shows_its_first_moment():
    run = textbook("adam", lr=0.1)
    arrows = force_arrows(run, ELLIPSE)
    found = directions(arrows, run.steps)
    assert found["update taken"] is None and found["−∇f (downhill)"] is not None
    assert found["memory m"] is not None


def test_the_playground_draws_the_arrows_in_every_frame_and_the_toggle_removes_them():
    app = open_page("playground", surface="ellipse", optimizer="momentum", steps=20, lr="0.05",
                    momentum="0.9", x0="-5", y0="-2")  # fmt: skip
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    names = [trace.get("name") for trace in spec["data"]]
    arrows = [i for i, name in enumerate(names) if name in ("−∇f (downhill)", "update taken",
                                                              "memory b")]  # fmt: skip
    assert len(arrows) == 3
    # every frame moves the arrows; the browser fills them from every step's arrows in the meta
    step_frames = [f for f in spec["frames"] if f["name"].isdigit()]
    assert len(step_frames) == 21 and all(set(arrows) <= set(f["traces"]) for f in step_frames)
    every_step = spec["layout"]["meta"]["step_frames"]["arrows"]
    run = optimize("momentum", ELLIPSE, np.array([-5.0, -2.0]), 20, lr=0.05, momentum=0.9)
    for drawn, expected in zip(every_step, force_arrows(run, ELLIPSE), strict=True):
        for axis, coordinate in (("x", 0), ("y", 1)):
            ends = decoded(drawn[axis]).reshape(-1, 2)  # step k: its start, then its end
            np.testing.assert_allclose(ends[:, 0], expected.starts[:, coordinate], rtol=1e-6)
            np.testing.assert_allclose(ends[:, 1], expected.ends[:, coordinate], rtol=1e-6)
    update_ends = decoded(every_step[1]["x"]).reshape(-1, 2)
    # an update to draw at every step but the last
    assert np.isfinite(update_ends).all(axis=1).tolist() == [k < 20 for k in range(21)]
    off = open_page("playground", surface="ellipse", optimizer="momentum", steps=20,
                    arrows="false")  # fmt: skip
    names_off = [t.get("name") for t in json.loads(off.get("plotly_chart")[0].proto.spec)["data"]]
    assert "update taken" not in names_off and "−∇f (downhill)" not in names_off
