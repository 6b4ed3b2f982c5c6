r"""A user's f(x, y), parsed safely: nothing typed is ever executed.

1. The text is checked (length, ASCII only) and parsed by ``ast.parse``, which only builds a
   syntax tree.
2. A whitelist walk turns that tree into a SymPy expression node by node: numbers, ``x``, ``y``,
   ``pi``, ``e``, ``+ - * / **`` (and ``^``), unary minus, and a few functions of one argument.
   Anything else (names, attributes, subscripts, calls of other things, keywords, …) is refused
   with a message that points at it. ``sympify``/``parse_expr`` (which call ``eval``) are never
   used.
3. Constant powers are bounded before SymPy sees them, so nothing like ``9**9**9`` is computed.
4. The gradient is SymPy's derivative, evaluated by walking its tree into NumPy calls: no
   generated code, no ``exec`` (not even ``lambdify``'s).

SymPy is imported here only, so the rest of optim_core stays NumPy-only.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

MAX_CHARS = 300
MAX_NODES = 150
MAX_DEPTH = 30
MAX_LITERAL = 1e6
MAX_CONSTANT_EXPONENT = 64
ALLOWED = (
    "numbers, x, y, pi, e, + - * / ** (or ^), parentheses and the functions "
    "sin cos tan exp log (ln) sqrt abs tanh sinh cosh arctan (atan)"
)


class FormulaError(ValueError):
    """A formula that cannot be used; ``position`` is the 0-based column of the offending part.

    ``code`` and ``fields`` say the same as the message in a form a user interface can translate
    (the app's catalogs have a text per code: ``formula.err.<code>``)."""

    def __init__(self, message: str, position: int | None = None, code: str = "other", **fields):
        super().__init__(message)
        self.position = position
        self.code = code
        self.fields = fields


@dataclass(frozen=True)
class Formula:
    """f(x, y) and its gradient, vectorized over arrays of shape (..., 2)."""

    text: str
    latex: str
    grad_latex: str
    expression: str  # Python source in x, y, math and a maths module m (for the 'as code' export)
    quadratic: bool  # a polynomial of degree ≤ 2 in x and y: the same Hessian everywhere
    _value: Callable
    _grad: tuple[Callable, Callable]
    _hessian: tuple[tuple[Callable, Callable], tuple[Callable, Callable]] | None

    def value(self, xy: np.ndarray) -> np.ndarray:
        x, y = xy[..., 0], xy[..., 1]
        with np.errstate(all="ignore"):
            return np.broadcast_to(self._value(x, y), x.shape).astype(np.float64)

    def grad(self, xy: np.ndarray) -> np.ndarray:
        x, y = xy[..., 0], xy[..., 1]
        out = np.empty(xy.shape, dtype=np.float64)
        with np.errstate(all="ignore"):
            out[..., 0] = self._grad[0](x, y)
            out[..., 1] = self._grad[1](x, y)
        return out

    @property
    def exact_hessian(self) -> Callable[[np.ndarray], np.ndarray] | None:
        """``hessian`` when the second derivatives are known symbolically, else None (what
        ``Surface.hessian`` takes)."""
        return self.hessian if self._hessian is not None else None

    def hessian(self, point: np.ndarray) -> np.ndarray:
        """The 2 × 2 Hessian at one point, from the symbolic second derivatives."""
        x, y = float(point[0]), float(point[1])
        with np.errstate(all="ignore"):
            return np.array([[float(d(x, y)) for d in row] for row in self._hessian])


def _syntax_error_column(text: str) -> int:
    """The 0-based column of ``text`` a syntax error points at. Python's "eval" mode says column 0
    for an expression that ends too early (``x^2 +``); "exec" mode names the end. ``^`` was
    written ``**`` for Python, one character longer: columns after it shift back. A column past
    the end is the last character that is not a space (the dangling ``+``)."""
    written = text.replace("^", "**")
    try:
        ast.parse(written, mode="exec")
    except SyntaxError as error:
        offset = (error.offset or 1) - 1
    else:
        offset = 0
    original, position = 0, 0  # walk both texts side by side up to the offset
    while position < min(offset, len(written)):
        position += 2 if text[original] == "^" else 1
        original += 1
    return min(original, max(len(text.rstrip()) - 1, 0))


def parse_function(text: str) -> Formula:
    """Parse ``text`` as f(x, y); a ``FormulaError`` (``ValueError``) says what is wrong, where."""
    import sympy as sp

    if not isinstance(text, str):
        raise FormulaError(f"the formula must be text; allowed: {ALLOWED}", code="not_text")
    if not text.strip():
        raise FormulaError(f"the formula is empty; write f(x, y) using {ALLOWED}", code="empty")
    if len(text) > MAX_CHARS:
        raise FormulaError(
            f"the formula is {len(text)} characters long; at most {MAX_CHARS}",
            code="too_long", length=len(text), maximum=MAX_CHARS,
        )  # fmt: skip
    for position, char in enumerate(text):
        if not (char.isascii() and (char.isprintable() or char in " \t")):
            raise FormulaError(
                f"character {char!r} at position {position + 1} is not allowed: use plain "
                f"ASCII ({ALLOWED})",
                position,
                code="character",
                char=char,
            )
    try:
        tree = ast.parse(text.replace("^", "**"), mode="eval")
    except SyntaxError:
        column = _syntax_error_column(text)
        raise FormulaError(
            f"Cannot read the formula near position {column + 1}. Use {ALLOWED}.",
            column,
            code="syntax",
        ) from None
    except (RecursionError, MemoryError, ValueError):
        raise FormulaError("the formula is nested too deeply", code="too_deep") from None

    x, y = sp.Symbol("x", real=True), sp.Symbol("y", real=True)
    builder = _Builder(sp, x, y)
    expr = builder.build(tree.body, depth=0)
    if expr.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        raise FormulaError(
            "the formula is undefined everywhere (a division by zero?)", code="undefined"
        )
    if expr.has(sp.I):
        raise FormulaError(
            "the formula has complex values; use real-valued expressions", code="complex"
        )
    gx, gy = sp.diff(expr, x), sp.diff(expr, y)
    # f'' where it exists: a kink (|x|'' = 2δ(x)) counts as 0, as everywhere else along it
    second = [
        [sp.diff(first, var).replace(sp.DiracDelta, lambda *_: sp.Integer(0)) for var in (x, y)]
        for first in (gx, gy)
    ]
    try:
        hessian = tuple(tuple(_numpy(sp, d, x, y) for d in row) for row in second)
    except FormulaError:  # a second derivative NumPy cannot evaluate: differences will do
        hessian = None
    quadratic = expr.is_polynomial(x, y) and sp.Poly(expr, x, y).total_degree() <= 2
    return Formula(
        text=text,
        latex=sp.latex(expr),
        grad_latex=r"\nabla f = \left(" + sp.latex(gx) + r",\; " + sp.latex(gy) + r"\right)",
        expression=_source(sp, expr, x, y),
        _value=_numpy(sp, expr, x, y),
        quadratic=bool(quadratic),
        _grad=(_numpy(sp, gx, x, y), _numpy(sp, gy, x, y)),
        _hessian=hessian,
    )


class _Builder:
    """The whitelist walk: one method per allowed kind of node, an error for everything else."""

    def __init__(self, sp, x, y):
        self.sp = sp
        self.names = {"x": x, "y": y, "pi": sp.pi, "e": sp.E}
        self.functions = {
            "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "exp": sp.exp, "log": sp.log,
            "ln": sp.log, "sqrt": sp.sqrt, "abs": sp.Abs, "tanh": sp.tanh, "sinh": sp.sinh,
            "cosh": sp.cosh, "arctan": sp.atan, "atan": sp.atan,
        }  # fmt: skip
        self.nodes = 0

    def refuse(self, node: ast.AST, what: str, code: str, allowed: bool = False, **fields):
        """Stop at ``node``: "At position 5: the name 'os' is not allowed. Use …"."""
        column = getattr(node, "col_offset", None)
        where = f"At position {column + 1}: " if column is not None else ""
        reason = what if allowed else f"{what} is not allowed"
        raise FormulaError(f"{where}{reason}. Use {ALLOWED}.", column, code=code, **fields)

    def build(self, node: ast.AST, depth: int):
        expr = self.build_node(node, depth)
        if expr.is_number:
            # every constant part must be a finite float, checked as it is built (bottom up), so
            # no nesting such as exp(exp(exp(1000))) ever reaches SymPy's arbitrary precision
            try:
                value = complex(expr)
            except (OverflowError, ValueError, TypeError):
                value = complex("nan")
            if not (math.isfinite(value.real) and math.isfinite(value.imag)):
                self.refuse(
                    node, "this constant is too large or undefined", "big_constant", allowed=True
                )
        return expr

    def build_node(self, node: ast.AST, depth: int):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise FormulaError(
                f"the formula is too long: at most {MAX_NODES} parts",
                code="too_many_parts", maximum=MAX_NODES,
            )  # fmt: skip
        if depth > MAX_DEPTH:
            raise FormulaError(
                f"the formula is nested too deeply: at most {MAX_DEPTH} levels",
                code="too_deep", maximum=MAX_DEPTH,
            )  # fmt: skip
        sp = self.sp
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.refuse(node, f"the value {value!r}"[:60], "value", value=repr(value)[:40])
            if not math.isfinite(value) or abs(value) > MAX_LITERAL:
                self.refuse(
                    node, f"a number larger than {MAX_LITERAL:g}", "big_number",
                    limit=f"{MAX_LITERAL:g}",
                )  # fmt: skip
            return sp.Integer(value) if isinstance(value, int) else sp.Float(value)
        if isinstance(node, ast.Name):
            if node.id in self.names and isinstance(node.ctx, ast.Load):
                return self.names[node.id]
            self.refuse(node, f"the name {node.id[:30]!r}", "name", name=node.id[:30])
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = self.build(node.operand, depth + 1)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp) and isinstance(
            node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)
        ):
            left = self.build(node.left, depth + 1)
            right = self.build(node.right, depth + 1)
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            if isinstance(node.op, ast.Mult):
                return left * right
            if isinstance(node.op, ast.Div):
                return left / right
            return self.power(node, left, right)
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name not in self.functions:
                if name is None:
                    self.refuse(node, "this call", "call")
                self.refuse(node, f"the function {name[:30]!r}", "function", name=name[:30])
            if node.keywords or len(node.args) != 1 or isinstance(node.args[0], ast.Starred):
                self.refuse(
                    node, f"{name} with other than one plain argument", "arguments", name=name
                )
            return self.functions[name](self.build(node.args[0], depth + 1))
        self.refuse(
            node, f"{type(node).__name__.lower()} syntax", "construct",
            kind=type(node).__name__.lower(),
        )  # fmt: skip

    def power(self, node: ast.AST, base, exponent):
        """base ** exponent, refusing constant powers too large to compute cheaply."""
        if exponent.is_number and abs(float(exponent)) > MAX_CONSTANT_EXPONENT:
            self.refuse(
                node, f"an exponent beyond ±{MAX_CONSTANT_EXPONENT}", "big_exponent",
                limit=MAX_CONSTANT_EXPONENT,
            )  # fmt: skip
        return base**exponent


def _numpy(sp, expr, x, y) -> Callable:
    """Evaluate ``expr`` as nested NumPy calls (a closure tree; nothing is generated or run)."""
    unary = {
        sp.sin: np.sin, sp.cos: np.cos, sp.tan: np.tan, sp.exp: np.exp, sp.log: np.log,
        sp.Abs: np.abs, sp.tanh: np.tanh, sp.sinh: np.sinh, sp.cosh: np.cosh, sp.atan: np.arctan,
        sp.sign: np.sign,
    }  # fmt: skip
    if expr == x:
        return lambda a, b: a
    if expr == y:
        return lambda a, b: b
    if expr.is_number:
        constant = float(expr)
        return lambda a, b: constant
    parts = [_numpy(sp, arg, x, y) for arg in expr.args]
    if expr.is_Add:
        return lambda a, b: sum(part(a, b) for part in parts)
    if expr.is_Mul:
        return lambda a, b: math.prod((part(a, b) for part in parts), start=1.0)
    if expr.is_Pow:
        base, exponent = parts
        return lambda a, b: np.power(np.asarray(base(a, b), dtype=np.float64), exponent(a, b))
    function = unary.get(expr.func)
    if function is not None and len(parts) == 1:
        (inner,) = parts
        return lambda a, b: function(inner(a, b))
    raise FormulaError(
        f"the formula leads to {expr.func.__name__}, which cannot be evaluated",
        code="cannot_evaluate", function=expr.func.__name__,
    )  # fmt: skip


def _source(sp, expr, x, y) -> str:
    """``expr`` as Python source in x, y, math and a maths module m (torch or NumPy)."""
    names = {
        sp.sin: "m.sin", sp.cos: "m.cos", sp.tan: "m.tan", sp.exp: "m.exp", sp.log: "m.log",
        sp.Abs: "m.abs", sp.tanh: "m.tanh", sp.sinh: "m.sinh", sp.cosh: "m.cosh",
        sp.atan: "m.atan", sp.sqrt: "m.sqrt",
    }  # fmt: skip
    if expr == x or expr == y:
        return str(expr)
    if expr == sp.pi:
        return "math.pi"
    if expr == sp.E:
        return "math.e"
    if expr.is_number:
        return repr(float(expr))
    args = [_source(sp, arg, x, y) for arg in expr.args]
    if expr.is_Add:
        return "(" + " + ".join(args) + ")"
    if expr.is_Mul:
        return "(" + " * ".join(args) + ")"
    if expr.is_Pow:
        return f"({args[0]} ** {args[1]})"
    return f"{names[expr.func]}({args[0]})"
