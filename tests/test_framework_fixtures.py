"""The engine against trajectories recorded from torch.optim, Keras 3 and tf.compat.v1.

The fixtures were made by the scripts beside them (tests/fixtures/make_*_fixtures.py), which run the
frameworks themselves; they are committed so these tests need none of the frameworks.
"""

import json
from pathlib import Path

import numpy as np
import pytest

from optim_core import OPTIMIZERS, SURFACES, optimize

FIXTURES = Path(__file__).parent / "fixtures"
FILES = ("torch_fixtures.json", "keras_fixtures.json", "tf1_fixtures.json")


def load_cases():
    cases = []
    for name in FILES:
        path = FIXTURES / name
        if path.exists():
            cases += [
                pytest.param(case, id=case["id"]) for case in json.loads(path.read_text())["cases"]
            ]
    return cases


CASES = load_cases()


def test_fixtures_cover_every_optimizer_and_option():
    """Every optimizer is recorded from PyTorch and from Keras 3 wherever that framework has it."""
    for convention in ("pytorch", "keras"):
        cases = [c.values[0] for c in CASES if c.values[0]["convention"] == convention]
        optimizers = {c["optimizer"] for c in cases}
        assert optimizers == {
            name for name, cls in OPTIMIZERS.items() if convention in cls.flavours
        }, convention
        for optimizer in optimizers:
            mine = [c for c in cases if c["optimizer"] == optimizer]
            options = {key for c in mine for key in c["options"]}
            schedules = {c["options"].get("schedule") for c in mine}
            assert {"noise", "clip_value", "clip_norm", "schedule"} <= options, optimizer
            assert {"step", "exponential", "cosine", "inverse_time"} <= schedules, optimizer
            assert {np.array(c["x0"]).ndim for c in mine} == {1, 2}, optimizer
            assert len({json.dumps(c["hyper"], sort_keys=True) for c in mine}) >= 4, optimizer
            assert all(c["steps"] >= 30 for c in mine)


@pytest.mark.parametrize("case", CASES)
def test_matches_the_framework(case):
    expected = np.array(case["points"], dtype=np.float64)
    run = optimize(
        case["optimizer"],
        SURFACES[case["surface"]],
        np.array(case["x0"], dtype=np.float64),
        case["steps"],
        convention=case["convention"],
        **case["options"],
        **case["hyper"],
    )
    assert run.points.shape == expected.shape
    assert not run.diverged
    # 1e-10 relative; values that pass through zero are compared at 1e-12 of the path's scale
    scale = np.abs(expected).max()
    np.testing.assert_allclose(run.points, expected, rtol=1e-10, atol=1e-12 * scale)


def test_tf1_fixtures_cover_rmsprop_starting_at_one():
    tf1_cases = [c.values[0] for c in CASES if c.values[0]["convention"] == "tf1"]
    assert {c["optimizer"] for c in tf1_cases} == {
        name for name, cls in OPTIMIZERS.items() if "tf1" in cls.flavours and name != "adamw"
    }  # fmt: skip
    rmsprop = [c for c in tf1_cases if c["optimizer"] == "rmsprop"]
    assert len({json.dumps(c["hyper"], sort_keys=True) for c in rmsprop}) >= 8
    assert any(c["hyper"].get("centered") and c["hyper"].get("momentum") for c in rmsprop)
