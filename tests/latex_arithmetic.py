r"""Evaluate the numbers of an explanation line as a reader would: from the LaTeX shown.

Written for the tests, independently of the code that writes the lines. It reads numbers
(``1.2649``, ``1\times 10^{-8}``), column vectors (``\begin{pmatrix}a \\ b\end{pmatrix}``),
``+ - \cdot \odot``, juxtaposition, ``\frac``, ``\sqrt``, powers, brackets, ``|…|``, ``\min``,
``\max``, ``\operatorname{clip}``, ``\operatorname{sign}``, ``\cos`` and ``\pi``; anything else (a
symbol such as ``s_{3}``) makes the text not a number.

Each value carries the bound of its error: a printed number is known to half a unit of its 5th
significant digit, and the bounds are propagated to first order, so a line is true when its
sides differ by less than their bounds (``agrees``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

SIGNIFICANT = 5


class NotArithmetic(ValueError):
    """The text holds a symbol, not only numbers."""


@dataclass
class Value:
    value: np.ndarray
    error: np.ndarray

    @staticmethod
    def exact(number: float) -> Value:
        return Value(np.asarray(number, dtype=float), np.asarray(0.0))


def printed_error(number: float) -> float:
    """Half a unit in the last of 5 significant digits."""
    if number == 0:
        return 0.0
    return 0.5 * 10 ** (math.floor(math.log10(abs(number))) - (SIGNIFICANT - 1))


TOKEN = re.compile(
    r"""(?P<number>\d+(?:\.\d+)?(?:\\times\s*10\^\{-?\d+\})?)
      | (?P<command>\\[A-Za-z]+|\\[,;!\ ]|\\\\)
      | (?P<word>[A-Za-z]+)
      | (?P<symbol>[{}()^+\-,|])
      | (?P<space>\s+)
      | (?P<other>.)""",
    re.VERBOSE,
)
IGNORED = {r"\,", r"\;", r"\!", "\\ ", r"\quad", r"\qquad"}


def tokens(text: str) -> list[str]:
    found = []
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        piece = match.group()
        if kind == "space" or piece in IGNORED:
            continue
        if kind == "other":
            raise NotArithmetic(piece)
        found.append(piece)
    return found


class Parser:
    def __init__(self, text: str):
        self.items = tokens(text)
        self.at = 0

    def peek(self) -> str | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def take(self, expected: str | None = None) -> str:
        item = self.peek()
        if item is None or (expected is not None and item != expected):
            raise NotArithmetic(f"expected {expected!r}, found {item!r}")
        self.at += 1
        return item

    def parse(self) -> Value:
        value = self.expression()
        if self.peek() is not None:
            raise NotArithmetic(f"left over: {self.items[self.at :]}")
        return value

    def expression(self) -> Value:
        value = self.term()
        while self.peek() in ("+", "-"):
            sign = self.take()
            other = self.term()
            value = add(value, other) if sign == "+" else add(value, negate(other))
        return value

    def starts_atom(self) -> bool:
        item = self.peek()
        if item is None:
            return False
        return (
            item[0].isdigit()
            or item in ("(", "{", "|")
            or item
            in (r"\left", r"\frac", r"\sqrt", r"\begin", r"\min", r"\max", r"\operatorname",
                r"\cos", r"\pi")
        )  # fmt: skip

    def term(self) -> Value:
        value = self.signed()
        while True:
            if self.peek() in (r"\cdot", r"\odot"):
                self.take()
                value = multiply(value, self.signed())
            elif self.starts_atom():
                value = multiply(value, self.power())
            else:
                return value

    def signed(self) -> Value:
        if self.peek() == "-":
            self.take()
            return negate(self.signed())
        return self.power()

    def power(self) -> Value:
        base = self.atom()
        if self.peek() == "^":
            self.take()
            if self.peek() == "{":
                exponent = self.group()
            else:
                digit = self.take()
                exponent = Value.exact(float(digit[0]))
                if len(digit) > 1:  # ^23 is ^2 then 3
                    raise NotArithmetic("multi-digit exponent without braces")
            return raise_to(base, exponent)
        return base

    def group(self) -> Value:
        self.take("{")
        value = self.expression()
        self.take("}")
        return value

    def arguments(self) -> list[Value]:
        """(a, b, …) or \\left(a, b, …\\right)."""
        sized = self.peek() == r"\left"
        if sized:
            self.take()
        self.take("(")
        values = [self.expression()]
        while self.peek() == ",":
            self.take()
            values.append(self.expression())
        if sized:
            self.take(r"\right")
        self.take(")")
        return values

    def atom(self) -> Value:
        item = self.peek()
        if item is None:
            raise NotArithmetic("ends too early")
        if item[0].isdigit():
            return number(self.take())
        if item == "{":
            return self.group()
        if item == "(":
            self.take()
            value = self.expression()
            self.take(")")
            return value
        if item == "|":
            self.take()
            value = self.expression()
            self.take("|")
            return absolute(value)
        if item == r"\left":
            self.take()
            bracket = self.take()
            if bracket not in ("(", "|"):
                raise NotArithmetic(bracket)
            value = self.expression()
            self.take(r"\right")
            self.take(")" if bracket == "(" else "|")
            return value if bracket == "(" else absolute(value)
        if item == r"\frac":
            self.take()
            top = self.group()
            return divide(top, self.group())
        if item == r"\sqrt":
            self.take()
            return square_root(self.group())
        if item == r"\begin":
            return self.vector()
        if item in (r"\min", r"\max"):
            self.take()
            values = self.arguments()
            pick = np.minimum if item == r"\min" else np.maximum
            value = values[0]
            for other in values[1:]:
                value = Value(pick(value.value, other.value), np.maximum(value.error, other.error))
            return value
        if item == r"\operatorname":
            self.take()
            self.take("{")
            name = self.take()
            self.take("}")
            if name == "clip":
                value, low, high = self.arguments()
                return Value(np.clip(value.value, low.value, high.value), value.error)
            if name == "sign":
                value = self.power()
                ambiguous = np.abs(value.value) <= value.error
                return Value(np.sign(value.value), np.where(ambiguous, 1.0, 0.0))
            raise NotArithmetic(name)
        if item == r"\cos":
            self.take()
            value = self.power()
            return Value(np.cos(value.value), value.error)
        if item == r"\pi":
            self.take()
            return Value.exact(math.pi)
        raise NotArithmetic(item)

    def vector(self) -> Value:
        self.take(r"\begin")
        self.take("{")
        self.take("pmatrix")
        self.take("}")
        entries = [self.expression()]
        while self.peek() == "\\\\":
            self.take()
            entries.append(self.expression())
        self.take(r"\end")
        self.take("{")
        self.take("pmatrix")
        self.take("}")
        return Value(
            np.array([float(e.value) for e in entries]), np.array([float(e.error) for e in entries])
        )


def number(text: str) -> Value:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\\times\s*10\^\{(-?\d+)\})?", text)
    mantissa, exponent = match.groups()
    value = float(mantissa) * (10.0 ** int(exponent) if exponent else 1.0)
    return Value(np.asarray(value), np.asarray(printed_error(value)))


def add(a: Value, b: Value) -> Value:
    return Value(a.value + b.value, a.error + b.error)


def negate(a: Value) -> Value:
    return Value(-a.value, a.error)


def multiply(a: Value, b: Value) -> Value:
    error = np.abs(a.value) * b.error + np.abs(b.value) * a.error + a.error * b.error
    return Value(a.value * b.value, error)


def divide(a: Value, b: Value) -> Value:
    quotient = a.value / b.value
    room = np.maximum(np.abs(b.value) - b.error, 1e-300)
    return Value(quotient, (a.error + np.abs(quotient) * b.error) / room)


def square_root(a: Value) -> Value:
    root = np.sqrt(np.maximum(a.value, 0.0))
    high = np.sqrt(np.maximum(a.value + a.error, 0.0))
    low = np.sqrt(np.maximum(a.value - a.error, 0.0))
    return Value(root, np.maximum(high - root, root - low))


def absolute(a: Value) -> Value:
    return Value(np.abs(a.value), a.error)


def raise_to(base: Value, exponent: Value) -> Value:
    value = base.value**exponent.value
    corners = [
        (base.value + db) ** (exponent.value + de)
        for db in (-base.error, base.error)
        for de in (-exponent.error, exponent.error)
    ]
    with np.errstate(invalid="ignore"):
        error = np.nanmax(np.abs(np.array(corners) - value), axis=0)
    return Value(value, error)


def evaluate(text: str) -> Value:
    """The value of a purely numeric LaTeX expression, with its error bound."""
    return Parser(text).parse()


def top_level_parts(latex: str) -> list[str]:
    """The line split at its '=' signs outside braces."""
    parts, depth, current = [], 0, []
    for char in latex:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "=" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts]


def agrees(left: Value, right: Value, slack: float = 1.5) -> bool:
    """Whether two evaluated sides are equal within their error bounds."""
    if np.shape(left.value) != np.shape(right.value):
        return False
    gap = np.abs(left.value - right.value)
    bound = slack * (left.error + right.error) + 1e-300
    return bool(np.all(gap <= bound))
