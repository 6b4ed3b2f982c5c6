"""Muon (optim_core/optimizers/muon.py) against torch.optim.Muon, and on the digits network.

What is checked, and why:

1. ``newton_schulz`` is torch's ``_zeropower_via_newtonschulz`` run in float64 (written out below
   line for line, without its ``.bfloat16()`` cast): equal to 1e-9 relative for wide, tall and
   square matrices and 1 to 6 steps (measured: at most 1.1e-14). Without torch: the iteration acts
   on each singular value alone, as the scalar quintic p(s) = as + bs³ + cs⁵ applied k times to
   σ/‖G‖_F, so the singular values it returns are exactly those numbers; every p⁵(s) with
   s ≥ 0.002 lies in [0.6818, 1.2024], which is the band "around 1" (a singular value far
   smaller than ‖G‖_F, as square random matrices have, is not lifted into it); and
   NS(Gᵀ) = NS(G)ᵀ.
2. Whole steps through ``Stepper`` (weight decay included) against ``torch.optim.Muon`` on float64
   parameters, ten steps with fixed random gradients, Nesterov on and off, λ 0 and 0.1:

   * with torch's Newton–Schulz swapped for the float64 one, everything else in torch (momentum
     lerp, Nesterov, decay with the unadjusted η, η√max(1, A/B)) agrees to 1e-9 of each step's
     update (measured: ≤ 1.5e-14 at η 0.02, 2.8e-13 at torch's 1e-3, where x_t − x_{t−1}
     cancels more);
   * against torch as shipped, which iterates in bfloat16 (8 significant bits, unit roundoff
     u = 2⁻⁹ ≈ 1.95e-3), the difference is what its 3k + 2 roundings explain (see
     ``bfloat16_tolerance``), and it is not zero: every step differs by more than 1e-4, so the
     float64 comparison above is what pins the rest of the update;
   * wrong variants (no √max(1, A/B), Nesterov off while torch has it on, one Newton–Schulz step
     too few) fall clearly outside that tolerance, so it still tells a wrong update from a right
     one.
3. On the digits network Muon trains W1 (in PyTorch's layout, outputs × inputs) and only W1;
   AdamW trains the biases and W2; at the page's η (``Muon.network_lr``) it passes 85% test
   accuracy in 5 epochs.
"""

import importlib
import math

import numpy as np
import pytest

from optim_core import mlp
from optim_core.engine import Stepper, optimizer_class, resolve_hyper
from optim_core.optimizers.muon import NS_COEFFICIENTS, Muon, newton_schulz

EPS = 1e-7  # torch's default ε
SHAPES = [(10, 32), (32, 10), (48, 48), (64, 512), (512, 64)]  # wide, tall, square
BFLOAT16_UNIT_ROUNDOFF = 2.0**-9  # 8 significant bits, round to nearest


def torch_newton_schulz_float64(grad, ns_coefficients, ns_steps, eps):
    """torch/optim/_muon.py's ``_zeropower_via_newtonschulz`` (torch 2.13) line for line, in the
    input's dtype: ``grad.bfloat16()`` (a copy) becomes ``grad.clone()``, so the in-place division
    cannot touch the caller's tensor (with Nesterov off it is the momentum buffer)."""
    import torch

    a, b, c = ns_coefficients
    ortho_grad = grad.clone()
    if grad.size(0) > grad.size(1):
        ortho_grad = ortho_grad.T
    # Ensure spectral norm is at most 1
    ortho_grad.div_(ortho_grad.norm().clamp(min=eps))
    # Perform the NS iterations
    for _ in range(ns_steps):
        gram_matrix = ortho_grad @ ortho_grad.T
        gram_update = torch.addmm(gram_matrix, gram_matrix, gram_matrix, beta=b, alpha=c)
        ortho_grad = torch.addmm(ortho_grad, gram_update, ortho_grad, beta=a)

    if grad.size(0) > grad.size(1):
        ortho_grad = ortho_grad.T
    return ortho_grad


def relative(ours: np.ndarray, reference: np.ndarray) -> float:
    """max |ours − reference| / max |reference|."""
    return float(np.abs(ours - reference).max() / np.abs(reference).max())


def scalar_newton_schulz(s: np.ndarray, steps: int) -> np.ndarray:
    """What k iterations do to one singular value s of X = G/‖G‖_F."""
    a, b, c = NS_COEFFICIENTS
    for _ in range(steps):
        s = a * s + b * s**3 + c * s**5
    return s


@pytest.fixture
def torch():
    """torch, on one thread: these matrices are small, and two threads on a busy machine made
    each product about a hundred times slower."""
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield torch
    torch.set_num_threads(threads)


# ---- 1. the Newton–Schulz iteration ---------------------------------------------------------


@pytest.mark.torch
@pytest.mark.parametrize("steps", range(1, 7))
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_newton_schulz_is_torchs_iteration_in_float64(torch, shape, steps):
    g = np.random.default_rng(steps).standard_normal(shape)
    expected = torch_newton_schulz_float64(torch.from_numpy(g), NS_COEFFICIENTS, steps, EPS)
    ours = newton_schulz(g, steps, EPS)
    assert ours.shape == shape
    assert relative(ours, expected.numpy()) < 1e-9  # measured ≤ 1.1e-14


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_singular_values_are_the_scalar_iteration_of_the_normalized_ones(shape):
    """NS(G) = U p⁵(Σ/‖G‖_F) Vᵀ: the iteration never mixes singular directions."""
    g = np.random.default_rng(1).standard_normal(shape)
    normalized = np.linalg.svd(g, compute_uv=False) / np.linalg.norm(g)
    returned = np.linalg.svd(newton_schulz(g, 5, EPS), compute_uv=False)
    expected = np.sort(np.abs(scalar_newton_schulz(normalized, 5)))[::-1]
    np.testing.assert_allclose(returned, expected, rtol=1e-10, atol=1e-12)


def test_five_steps_put_the_singular_values_in_a_band_around_one():
    """p⁵ on [0.002, 1] ranges over [0.6818, 1.2024] (its minimum is reached again and again as s
    grows; below s ≈ 0.0013 it drops under 0.6). Random rectangular matrices have normalized
    singular values above that, so theirs land in the band (measured: 0.6818 to 1.134)."""
    s = np.linspace(0.002, 1.0, 1_000_001)
    image = scalar_newton_schulz(s, 5)
    assert 0.68 < image.min() < 0.6819 and 1.2023 < image.max() < 1.21
    assert scalar_newton_schulz(np.array([0.0013]), 5)[0] < 0.6

    for shape in [(10, 32), (32, 10), (64, 512), (512, 64), (16, 64), (3, 200), (128, 256)]:
        for seed in range(10):
            g = np.random.default_rng(seed).standard_normal(shape)
            normalized = np.linalg.svd(g, compute_uv=False) / np.linalg.norm(g)
            assert normalized.min() > 0.002  # the band's premise holds for this matrix
            returned = np.linalg.svd(newton_schulz(g, 5, EPS), compute_uv=False)
            assert 0.68 <= returned.min() and returned.max() <= 1.21, (shape, seed)

    # not a band for every matrix: a singular value far below 0.0013‖G‖_F stays far below it
    # (about a⁵ ≈ 485 times larger: 1e-4/√2 becomes 0.034)
    nearly_singular = np.diag([1.0, 1.0, 1e-4])
    returned = np.linalg.svd(newton_schulz(nearly_singular, 5, EPS), compute_uv=False)
    assert returned.min() == pytest.approx(scalar_newton_schulz(1e-4 / math.sqrt(2), 5))
    assert returned.min() < 0.05


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_orthogonalization_commutes_with_transposition(shape):
    g = np.random.default_rng(2).standard_normal(shape)
    np.testing.assert_allclose(
        newton_schulz(g.T, 5, EPS), newton_schulz(g, 5, EPS).T, rtol=1e-12, atol=1e-14
    )


def test_a_zero_update_stays_zero():
    """ε keeps ‖G‖_F = 0 from dividing by zero, as torch's ``clamp(min=eps)`` does."""
    np.testing.assert_array_equal(newton_schulz(np.zeros((4, 6)), 5, EPS), np.zeros((4, 6)))


# ---- 2. whole steps against torch.optim.Muon ------------------------------------------------


def side_by_side(shape, hyper, *, ours=None, steps=10, seed=0):
    """Ten steps of torch.optim.Muon and of our ``Stepper`` from one start with one fixed random
    gradient per step. ``shape`` is PyTorch's (outputs × inputs); ``hyper`` is resolved as the
    engine does and given to both; ``ours`` overrides some of it on our side only (a wrong
    variant). Returns both paths, shape ``(steps + 1, *shape)``, and our O_t per step."""
    import torch

    rng = np.random.default_rng(seed)
    start = 0.1 * rng.standard_normal(shape)
    gradients = [rng.standard_normal(shape) for _ in range(steps)]
    resolved = resolve_hyper("muon", "pytorch", hyper, network=True)

    parameter = torch.nn.Parameter(torch.from_numpy(start.copy()))
    reference = torch.optim.Muon(
        [parameter],
        lr=resolved["lr"],
        weight_decay=resolved["weight_decay"],
        momentum=resolved["momentum"],
        nesterov=resolved["nesterov"],
        ns_steps=resolved["ns_steps"],
        eps=resolved["eps"],
    )
    x = start.copy()
    stepper = Stepper("muon", x, "pytorch", {**resolved, **(ours or {})})

    torch_path, our_path, orthogonal = [start.copy()], [start.copy()], []
    for t, g in enumerate(gradients, start=1):
        parameter.grad = torch.from_numpy(g.copy())
        reference.step()
        torch_path.append(parameter.detach().numpy().copy())
        stepper.step(x, g.copy(), resolved["lr"], t)
        our_path.append(x.copy())
        orthogonal.append(stepper.optimizer.orthogonal.copy())
    return np.array(torch_path), np.array(our_path), np.array(orthogonal)


def update_differences(torch_path, our_path) -> np.ndarray:
    """Per step: max |Δours − Δtorch| / max |Δtorch|, Δ being the change of the parameter."""
    torch_updates, our_updates = np.diff(torch_path, axis=0), np.diff(our_path, axis=0)
    return np.array([relative(o, r) for o, r in zip(our_updates, torch_updates, strict=True)])


def bfloat16_tolerance(ns_steps: int) -> float:
    """How far one step's update may be from torch's bfloat16 one, relative to its largest entry.

    torch rounds to bfloat16 3k + 2 times: the cast and the normalization, then per iteration the
    Gram matrix, bG + cG² and aX + (…)X. To first order their relative errors add up to
    (3k + 2)·u. Measured, the worst step over 8 seeds, the shapes (512, 64), (10, 32), (32, 10)
    and (64, 64) and both Nesterov settings is 0.98, 1.07 and 1.26 times that for k = 1, 3 and 5;
    the factor 4 covers the iteration's gain on a perturbed singular value (|p′| reaches 3.4 near
    0 and 3.9 at the top of the band) and the max-entry measure, without reaching the wrong
    variants (≥ 2.3 times the tolerance).

    Beyond the default k = 5 this model no longer holds: singular values still near 0 are
    multiplied by about a = 3.44 per step, and their rounding errors with them (at k = 8 a
    square matrix's step differed by 0.34), so only k ≤ 5 is compared with torch in bfloat16.
    """
    return 4 * (3 * ns_steps + 2) * BFLOAT16_UNIT_ROUNDOFF


TORCH_SHAPES = [(512, 64), (10, 32), (64, 64)]  # W1ᵀ of the 512-unit network, wide, square


@pytest.mark.torch
@pytest.mark.parametrize("ns_steps", [5, 2])
@pytest.mark.parametrize("weight_decay", [0.0, 0.1])
@pytest.mark.parametrize("nesterov", [True, False])
@pytest.mark.parametrize("shape", [(512, 64), (10, 32)], ids=str)
def test_steps_match_torch_with_its_iteration_in_float64(
    torch, monkeypatch, shape, nesterov, weight_decay, ns_steps
):
    """Everything but the bfloat16 rounding, to 1e-9 of each step's update."""
    torch_muon = importlib.import_module("torch.optim._muon")
    calls = []

    def in_float64(grad, ns_coefficients, ns_steps, eps):
        calls.append(grad.dtype)
        return torch_newton_schulz_float64(grad, ns_coefficients, ns_steps, eps)

    monkeypatch.setattr(torch_muon, "_zeropower_via_newtonschulz", in_float64)
    hyper = {"lr": 0.02, "nesterov": nesterov, "weight_decay": weight_decay, "ns_steps": ns_steps}
    torch_path, our_path, _ = side_by_side(shape, hyper)
    assert calls == [torch.float64] * 10  # the swap took
    assert update_differences(torch_path, our_path).max() < 1e-9  # measured ≤ 1.5e-14
    assert relative(our_path, torch_path) < 1e-12  # measured ≤ 6.2e-16


@pytest.mark.torch
def test_float64_comparison_sees_what_bfloat16_hides(torch, monkeypatch):
    """The torch default (η 1e-3) agrees to 1e-9 too; and decaying after the update instead of
    before it, an error of about ηλ relative, is caught at this precision, though bfloat16's own
    difference is larger than it."""
    torch_muon = importlib.import_module("torch.optim._muon")
    monkeypatch.setattr(torch_muon, "_zeropower_via_newtonschulz", torch_newton_schulz_float64)
    torch_path, our_path, _ = side_by_side((512, 64), {})
    assert update_differences(torch_path, our_path).max() < 1e-9  # measured 2.8e-13

    torch_path, our_path, orthogonal = side_by_side((512, 64), {"lr": 0.02})
    lr, adjusted = 0.02, 0.02 * math.sqrt(512 / 64)
    moved = our_path[:-1] - adjusted * orthogonal
    decayed_after = moved - lr * 0.1 * moved - our_path[:-1]  # the update, then the decay
    wrong = [
        relative(w, r) for w, r in zip(decayed_after, np.diff(torch_path, axis=0), strict=True)
    ]
    assert 1e-6 < min(wrong) and max(wrong) < 1e-2  # ≈ ηλ = 2e-3: under bfloat16's ≥ 3e-3


@pytest.mark.torch
@pytest.mark.parametrize("ns_steps", [5, 1, 3])
@pytest.mark.parametrize("weight_decay", [0.1, 0.0])
@pytest.mark.parametrize("nesterov", [True, False])
@pytest.mark.parametrize("shape", TORCH_SHAPES, ids=str)
def test_steps_match_torch_within_bfloat16(torch, shape, nesterov, weight_decay, ns_steps):
    hyper = {"lr": 0.02, "nesterov": nesterov, "weight_decay": weight_decay, "ns_steps": ns_steps}
    torch_path, our_path, _ = side_by_side(shape, hyper)
    tolerance = bfloat16_tolerance(ns_steps)
    differences = update_differences(torch_path, our_path)
    # measured worst step: 0.0092, 0.018, 0.030 for k = 1, 3, 5 (0.21 to 0.24 of the tolerance)
    assert differences.max() < tolerance
    # not vacuous: bfloat16 shows in every step (measured ≥ 3e-3), 1e-9 would fail
    assert differences.min() > 1e-4

    # the paths: each step's error may add up (decay only shrinks them), relative to x's scale
    torch_updates = np.abs(np.diff(torch_path, axis=0)).max(axis=(1, 2))
    allowed = tolerance * np.cumsum(torch_updates)
    drift = np.abs(our_path[1:] - torch_path[1:]).max(axis=(1, 2))
    assert np.all(drift < allowed)
    assert drift[-1] / np.abs(torch_path[-1]).max() < 0.01  # measured ≤ 1.5e-3


@pytest.mark.torch
@pytest.mark.parametrize("shape", [(512, 64), (10, 32)], ids=str)
def test_wrong_variants_fall_outside_the_bfloat16_tolerance(torch, shape):
    tolerance = bfloat16_tolerance(5)
    lr = 0.02

    # Nesterov off while torch has it on: step 1 is the same direction ((1 − μ²)G vs (1 − μ)G,
    # and NS forgets the scale); from step 2 on, it is not (measured ≥ 0.31)
    torch_path, our_path, _ = side_by_side(shape, {"lr": lr}, ours={"nesterov": False})
    differences = update_differences(torch_path, our_path)
    assert differences[0] < tolerance and differences[1:].min() > 2 * tolerance

    # one Newton–Schulz step too few (measured ≥ 0.31)
    torch_path, our_path, _ = side_by_side(shape, {"lr": lr}, ours={"ns_steps": 4})
    assert update_differences(torch_path, our_path).min() > 2 * tolerance

    # without √max(1, A/B): for (512, 64) a factor 1/√8 (measured ≥ 0.62); a wide matrix has
    # nothing to adjust
    torch_path, our_path, orthogonal = side_by_side(shape, {"lr": lr})
    unadjusted = -lr * 0.1 * our_path[:-1] - lr * orthogonal
    differences = [
        relative(u, r) for u, r in zip(unadjusted, np.diff(torch_path, axis=0), strict=True)
    ]
    if shape[0] > shape[1]:
        assert min(differences) > 4 * tolerance
    else:
        assert max(differences) < tolerance


# ---- 3. on the digits network ---------------------------------------------------------------


@pytest.fixture(scope="module")
def digits():
    return mlp.load_digits()


def test_muon_trains_the_digits_network(digits):
    """At the page's η 0.02 (torch's default 1e-3 reaches only ~31% in 5 epochs here): measured
    90.8% after 5 epochs (seeds 1 and 2: 89.7%, 92.5%). With Muon's η at 1e-4, W1 hardly moves
    and AdamW alone on the rest gets 26.5%: the accuracy is Muon's doing."""
    run = mlp.train(digits, "muon", convention="pytorch", epochs=5, hidden=64, lr=Muon.network_lr)
    assert not run.diverged
    assert run.test_accuracy[-1] > 0.85
    assert run.train_loss[-1] < run.train_loss[0] / 2
    hardly = mlp.train(digits, "muon", convention="pytorch", epochs=5, hidden=64, lr=1e-4)
    assert hardly.test_accuracy[-1] < 0.5


def test_muon_takes_w1_alone_in_pytorchs_layout(digits, monkeypatch):
    made = []

    class Recording(Stepper):
        def __init__(self, name, x0, convention, hyper):
            super().__init__(name, x0, convention, hyper)
            self.name, self.x0, self.seen = name, x0, []
            made.append(self)

        def step(self, x, g, lr, t):
            self.seen.append(x)
            return super().step(x, g, lr, t)

    monkeypatch.setattr(mlp, "Stepper", Recording)
    run = mlp.train(digits, "muon", convention="pytorch", epochs=1, hidden=32)

    def parameter(array):
        (name,) = [n for n, value in run.params.items() if np.shares_memory(array, value)]
        return name

    assert len(made) == 4
    assert {parameter(s.x0): s.name for s in made} == {
        "W1": "muon", "b1": "adamw", "W2": "adamw", "b2": "adamw",
    }  # fmt: skip
    (muon,) = [s for s in made if s.name == "muon"]
    assert muon.x0.shape == (32, 64)  # W1ᵀ: outputs × inputs, as nn.Linear.weight
    assert len(muon.seen) == 12 and all(parameter(x) == "W1" for x in muon.seen)
    assert all(len(s.seen) == 12 for s in made)  # 1,438 images in batches of 128
    adamw = optimizer_class("adamw")
    assert all(s.initial_lr == adamw.network_lr for s in made if s.name == "adamw")
