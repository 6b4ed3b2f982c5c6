r"""2-D test surfaces with analytic gradients, vectorized over points of shape ``(..., 2)``.

Keys are stable: they appear in shared links (``?surface=rosenbrock``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Point = tuple[float, float]


@dataclass(frozen=True)
class Surface:
    """A test function f(x, y) with what a plot and a run need.

    ``value`` maps ``(..., 2)`` to ``(...)``, ``grad`` maps ``(..., 2)`` to ``(..., 2)``.
    ``expression`` is f as Python source in ``x``, ``y``, ``math`` and a maths module ``m``
    (NumPy or torch), for the "as code" export; it is never evaluated by the app.
    ``minima`` are the global minima (``min_value`` is f there); ``saddles`` the saddle points worth
    marking; ``domain`` is ``((x_min, x_max), (y_min, y_max))``; ``log_colors`` says whether the
    contour reads better with log-scaled colours (large dynamic range). ``hessian`` is given where
    it is known symbolically (a typed formula); ``optim_core.theory`` differentiates ``grad``
    otherwise.
    """

    key: str
    latex: str
    value: Callable[[np.ndarray], np.ndarray]
    grad: Callable[[np.ndarray], np.ndarray]
    domain: tuple[Point, Point]
    start: Point
    expression: str = ""
    minima: tuple[Point, ...] = ()
    min_value: float | None = None
    saddles: tuple[Point, ...] = ()
    log_colors: bool = False
    quadratic: bool = False  # f is a polynomial of degree ≤ 2: the same Hessian everywhere
    hessian: Callable[[np.ndarray], np.ndarray] | None = None  # (2,) → (2, 2), when known exactly


def _xy(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return p[..., 0], p[..., 1]


def _stack(p: np.ndarray, dx, dy) -> np.ndarray:
    out = np.empty_like(p, dtype=np.float64)
    out[..., 0] = dx
    out[..., 1] = dy
    return out


# -- ellipse: seed 002 (d2l), 0.1x² + 2y²
def ellipse_value(p):
    x, y = _xy(p)
    return 0.1 * x * x + 2 * y * y


def ellipse_grad(p):
    x, y = _xy(p)
    return _stack(p, 0.2 * x, 4 * y)


# -- the same ellipse turned by 30°: per-coordinate step sizes no longer line up with its axes
_COS, _SIN = 3**0.5 / 2, 0.5  # cos 30°, sin 30° (exactly ½: np.sin(π/6) is 0.49999999999999994)


def rotated_ellipse_value(p):
    x, y = _xy(p)
    u = _COS * x + _SIN * y
    v = -_SIN * x + _COS * y
    return 0.1 * u * u + 2 * v * v


def rotated_ellipse_grad(p):
    x, y = _xy(p)
    du = 0.2 * (_COS * x + _SIN * y)
    dv = 4 * (-_SIN * x + _COS * y)
    return _stack(p, _COS * du - _SIN * dv, _SIN * du + _COS * dv)


# -- Rosenbrock: (1 - x)² + 100 (y - x²)², a curved narrow valley
def rosenbrock_value(p):
    x, y = _xy(p)
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def rosenbrock_grad(p):
    x, y = _xy(p)
    valley = y - x * x
    return _stack(p, -2 * (1 - x) - 400 * x * valley, 200 * valley)


# -- Beale: flat plateaus and sharp ridges
def beale_value(p):
    x, y = _xy(p)
    a = 1.5 - x + x * y
    b = 2.25 - x + x * y * y
    c = 2.625 - x + x * y**3
    return a * a + b * b + c * c


def beale_grad(p):
    x, y = _xy(p)
    a = 1.5 - x + x * y
    b = 2.25 - x + x * y * y
    c = 2.625 - x + x * y**3
    dx = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y**3 - 1)
    dy = 2 * a * x + 4 * b * x * y + 6 * c * x * y * y
    return _stack(p, dx, dy)


# -- Himmelblau: four minima of equal depth
def himmelblau_value(p):
    x, y = _xy(p)
    return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2


def himmelblau_grad(p):
    x, y = _xy(p)
    a = x * x + y - 11
    b = x + y * y - 7
    return _stack(p, 4 * x * a + 2 * b, 2 * a + 4 * y * b)


# -- Booth: a plain tilted quadratic bowl
def booth_value(p):
    x, y = _xy(p)
    return (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2


def booth_grad(p):
    x, y = _xy(p)
    a = x + 2 * y - 7
    b = 2 * x + y - 5
    return _stack(p, 2 * a + 4 * b, 4 * a + 2 * b)


# -- saddle: x² − y², unbounded below; a path that starts on y = 0 never leaves it
def saddle_value(p):
    x, y = _xy(p)
    return x * x - y * y


def saddle_grad(p):
    x, y = _xy(p)
    return _stack(p, 2 * x, -2 * y)


# -- six-hump camel: two global and four local minima
def six_hump_camel_value(p):
    x, y = _xy(p)
    return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2


def six_hump_camel_grad(p):
    x, y = _xy(p)
    return _stack(p, 8 * x - 8.4 * x**3 + 2 * x**5 + y, x - 8 * y + 16 * y**3)


# -- Rastrigin: a bowl covered in regular local minima
def rastrigin_value(p):
    x, y = _xy(p)
    return 20 + x * x - 10 * np.cos(2 * np.pi * x) + y * y - 10 * np.cos(2 * np.pi * y)


def rastrigin_grad(p):
    x, y = _xy(p)
    return _stack(
        p, 2 * x + 20 * np.pi * np.sin(2 * np.pi * x), 2 * y + 20 * np.pi * np.sin(2 * np.pi * y)
    )


# -- Ackley: a nearly flat, bumpy plateau around one deep funnel
def ackley_value(p):
    x, y = _xy(p)
    radius = np.sqrt(0.5 * (x * x + y * y))
    waves = 0.5 * (np.cos(2 * np.pi * x) + np.cos(2 * np.pi * y))
    return -20 * np.exp(-0.2 * radius) - np.exp(waves) + np.e + 20


def ackley_grad(p):
    x, y = _xy(p)
    radius = np.sqrt(0.5 * (x * x + y * y))
    waves = np.exp(0.5 * (np.cos(2 * np.pi * x) + np.cos(2 * np.pi * y)))
    # d/dx of -20 exp(-0.2 r) is 2 exp(-0.2 r) x / r; the funnel's tip (r = 0) has none: use 0
    with np.errstate(invalid="ignore", divide="ignore"):
        funnel = np.where(radius > 0, 2 * np.exp(-0.2 * radius) / radius, 0.0)
    return _stack(
        p,
        funnel * x + np.pi * np.sin(2 * np.pi * x) * waves,
        funnel * y + np.pi * np.sin(2 * np.pi * y) * waves,
    )


SURFACES: dict[str, Surface] = {
    surface.key: surface
    for surface in (
        Surface(
            "ellipse",
            r"f(x, y) = 0.1x^2 + 2y^2",
            ellipse_value,
            ellipse_grad,
            domain=((-6.0, 6.0), (-3.0, 3.0)),
            start=(-5.0, -2.0),
            expression="0.1 * x**2 + 2 * y**2",
            minima=((0.0, 0.0),),
            min_value=0.0,
            log_colors=True,
            quadratic=True,
        ),
        Surface(
            "rotated_ellipse",
            r"f = 0.1u^2 + 2v^2,\; u = x\cos 30^\circ + y\sin 30^\circ,"
            r"\; v = -x\sin 30^\circ + y\cos 30^\circ",
            rotated_ellipse_value,
            rotated_ellipse_grad,
            domain=((-6.0, 6.0), (-4.0, 4.0)),
            start=(-5.0, 1.0),
            expression=("0.1 * (3**0.5 / 2 * x + 0.5 * y)**2 + 2 * (-0.5 * x + 3**0.5 / 2 * y)**2"),
            minima=((0.0, 0.0),),
            min_value=0.0,
            log_colors=True,
            quadratic=True,
        ),
        Surface(
            "rosenbrock",
            r"f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2",
            rosenbrock_value,
            rosenbrock_grad,
            domain=((-2.0, 2.0), (-1.0, 3.0)),
            start=(-1.5, 2.0),
            expression="(1 - x)**2 + 100 * (y - x**2)**2",
            minima=((1.0, 1.0),),
            min_value=0.0,
            log_colors=True,
        ),
        Surface(
            "beale",
            r"f = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2",
            beale_value,
            beale_grad,
            domain=((-4.5, 4.5), (-4.5, 4.5)),
            start=(1.0, 1.5),
            expression=(
                "(1.5 - x + x * y)**2 + (2.25 - x + x * y**2)**2 + (2.625 - x + x * y**3)**2"
            ),
            minima=((3.0, 0.5),),
            min_value=0.0,
            log_colors=True,
        ),
        Surface(
            "himmelblau",
            r"f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            himmelblau_value,
            himmelblau_grad,
            domain=((-5.0, 5.0), (-5.0, 5.0)),
            start=(0.0, 0.0),
            expression="(x**2 + y - 11)**2 + (x + y**2 - 7)**2",
            minima=(
                (3.0, 2.0),
                (-2.805118086952745, 3.131312518250573),
                (-3.779310253377747, -3.283185991286170),
                (3.584428340330492, -1.848126526964404),
            ),
            min_value=0.0,
            log_colors=True,
        ),
        Surface(
            "booth",
            r"f(x, y) = (x + 2y - 7)^2 + (2x + y - 5)^2",
            booth_value,
            booth_grad,
            domain=((-10.0, 10.0), (-10.0, 10.0)),
            start=(-6.0, -8.0),
            expression="(x + 2 * y - 7)**2 + (2 * x + y - 5)**2",
            minima=((1.0, 3.0),),
            min_value=0.0,
            log_colors=True,
            quadratic=True,
        ),
        Surface(
            "saddle",
            r"f(x, y) = x^2 - y^2",
            saddle_value,
            saddle_grad,
            domain=((-2.0, 2.0), (-2.0, 2.0)),
            start=(-1.5, 0.001),
            expression="x**2 - y**2",
            saddles=((0.0, 0.0),),
            quadratic=True,
        ),
        Surface(
            "six_hump_camel",
            r"f = \left(4 - 2.1x^2 + \tfrac{x^4}{3}\right)x^2 + xy + (4y^2 - 4)\,y^2",
            six_hump_camel_value,
            six_hump_camel_grad,
            domain=((-2.0, 2.0), (-1.2, 1.2)),
            start=(-1.6, -1.0),
            expression="(4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2",
            minima=(
                (0.08984201368301331, -0.7126564032704135),
                (-0.08984201368301331, 0.7126564032704135),
            ),
            min_value=-1.031628453489877,
        ),
        Surface(
            "rastrigin",
            r"f = 20 + \sum_{u \in \{x, y\}} \left(u^2 - 10\cos 2\pi u\right)",
            rastrigin_value,
            rastrigin_grad,
            domain=((-5.12, 5.12), (-5.12, 5.12)),
            start=(3.3, -2.6),
            expression=(
                "20 + x**2 - 10 * m.cos(2 * math.pi * x) + y**2 - 10 * m.cos(2 * math.pi * y)"
            ),
            minima=((0.0, 0.0),),
            min_value=0.0,
        ),
        Surface(
            "ackley",
            r"f = -20e^{-0.2\sqrt{(x^2 + y^2)/2}} - e^{(\cos 2\pi x + \cos 2\pi y)/2} + e + 20",
            ackley_value,
            ackley_grad,
            domain=((-5.0, 5.0), (-5.0, 5.0)),
            start=(3.4, -3.1),
            expression=(
                "-20 * m.exp(-0.2 * m.sqrt(0.5 * (x**2 + y**2)))"
                " - m.exp(0.5 * (m.cos(2 * math.pi * x) + m.cos(2 * math.pi * y))) + math.e + 20"
            ),
            minima=((0.0, 0.0),),
            min_value=0.0,
        ),
    )
}


def get_surface(key: str) -> Surface:
    """The surface named ``key``; ``ValueError`` listing the keys when there is none."""
    try:
        return SURFACES[key]
    except (KeyError, TypeError):
        raise ValueError(f"surface must be one of {', '.join(SURFACES)}; got {key!r}") from None
