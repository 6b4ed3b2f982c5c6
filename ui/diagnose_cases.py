"""The cases of "Diagnose this run", read from ``ui/diagnose_cases.toml`` and checked: each run
must be one the Playground's link accepts and the engine runs, each case has one right answer and
every text in every language. ``CHECKS`` says, from the engine's numbers, whether a case's broken
run shows its fault and its fixed run is rid of it (the tests call ``check_case`` on every case)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from optim_core import (
    CONVENTIONS,
    HYPERPARAMETERS,
    OPTIMIZERS,
    SURFACES,
    FormulaError,
    Surface,
    Trajectory,
    optimize,
    parse_function,
)
from optim_core.analysis import verdict
from ui import runs
from ui.diagnose_data import CASE_FILE, localized, text_key
from ui.hyper_panel import available, hyper_defaults
from ui.runs import SurfaceChoice, custom_start
from ui.schema import problem_with
from ui.surface_picker import DEFAULT_DOMAIN
from ui.text import LANGUAGES

LANGUAGE_KEYS = tuple(text_key(lang) for lang in LANGUAGES)  # en, zh_hans, zh_hant, ko
CASE_ID = re.compile(r"[a-z0-9_]{1,40}")
RUN_KEYS = ("surface", "formula", "optimizer", "convention", "x0", "y0", "steps")
CASE_KEYS = ("id", "check", "title", "question", "explanation", "run", "fixed", "choice")


class CaseFileError(ValueError):
    """The case file cannot be used: the message names the case and the field."""


@dataclass(frozen=True)
class CaseRun:
    """A run as the Playground's link gives it: the surface (a built-in key, or ``custom`` with a
    formula over the default domain), the optimizer, its framework, the hyperparameters the case
    sets (the rest are the Playground's defaults), the start and the number of steps."""

    surface: str
    optimizer: str
    convention: str
    hyper: dict[str, float | bool]
    start: tuple[float, float]
    steps: int
    formula: str | None = None

    @property
    def surface_choice(self) -> SurfaceChoice:
        if self.formula is None:
            return SurfaceChoice(self.surface)
        return SurfaceChoice("custom", self.formula, DEFAULT_DOMAIN)

    def all_hyper(self) -> dict[str, float | bool]:
        """Every hyperparameter, as the Playground's controls would hold them for this link."""
        return {**hyper_defaults(self.optimizer, self.convention), **self.hyper}

    def link_params(self) -> dict[str, str]:
        """The Playground's URL parameters that open this run."""
        params = {"surface": self.surface}
        if self.formula is not None:
            params["formula"] = self.formula
        params |= {"optimizer": self.optimizer, "convention": self.convention}
        params |= {name: link_value(value) for name, value in self.hyper.items()}
        params |= {"steps": str(self.steps), "x0": link_value(self.start[0]),
                   "y0": link_value(self.start[1])}  # fmt: skip
        return params


def link_value(value: float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{value:.12g}"


@dataclass(frozen=True)
class Choice:
    text: dict[str, str]  # by language key
    correct: bool

    def label(self, lang: str | None = None) -> str:
        return localized(self.text, lang)


@dataclass(frozen=True)
class Case:
    id: str
    check: str  # a key of CHECKS
    title: dict[str, str]
    question: dict[str, str]
    explanation: dict[str, str]
    broken: CaseRun
    fixed: CaseRun
    choices: tuple[Choice, ...]

    @property
    def answer(self) -> int:
        return next(index for index, choice in enumerate(self.choices) if choice.correct)

    def text(self, field: str, lang: str | None = None) -> str:
        return localized(getattr(self, field), lang)


# ---- the checks: does the broken run show the fault, and is the fixed run rid of it? -----------


@dataclass(frozen=True)
class Evidence:
    """A check's result and the numbers it read (for a failing test's message)."""

    holds: bool
    numbers: str


def distance_to_minimum(run: Trajectory, surface: Surface) -> float:
    """The last finite point's distance to the nearest minimum (to the origin when the surface
    names none: the case file's formulas have their minimum there)."""
    minima = np.array(surface.minima or ((0.0, 0.0),))
    return float(np.min(np.linalg.norm(run.last_finite() - minima, axis=1)))


def _diverges(broken, fixed, surface) -> Evidence:
    kinds = verdict(broken, surface).kind, verdict(fixed, surface).kind
    return Evidence(kinds == ("diverged", "converged"), f"verdicts {kinds}")


def _crawls(broken, fixed, surface) -> Evidence:
    """The broken run covers under a tenth of the way to the minimum; the fixed run converges."""
    travelled = float(np.linalg.norm(broken.points[-1] - broken.points[0]))
    initial = float(np.min(np.linalg.norm(np.array(surface.minima) - broken.points[0], axis=1)))
    kind = verdict(fixed, surface).kind
    return Evidence(travelled < 0.1 * initial and kind == "converged",
                    f"travelled {travelled:.3g} of {initial:.3g}; fixed run {kind}")  # fmt: skip


def _stalls(broken, fixed, surface) -> Evidence:
    """The broken run's verdict is "stalled" (steps shrank far from the minimum); the fixed
    run converges."""
    kinds = verdict(broken, surface).kind, verdict(fixed, surface).kind
    steps = broken.step_norms
    return Evidence(kinds == ("stalled", "converged"),
                    f"verdicts {kinds}; step 1 {steps[1]:.3g}, last {steps[-1]:.3g}")  # fmt: skip


def _jitters(broken, fixed, surface) -> Evidence:
    """The broken run keeps taking steps as long as its first ones near the minimum (they do
    not shrink: a verdict of "oscillating"); the fixed run converges, a thousand times closer."""
    kinds = verdict(broken, surface).kind, verdict(fixed, surface).kind
    near, far = distance_to_minimum(fixed, surface), distance_to_minimum(broken, surface)
    return Evidence(kinds == ("oscillating", "converged") and near < 1e-3 * far,
                    f"verdicts {kinds}; final distance {far:.3g} vs {near:.3g}")  # fmt: skip


def _slow_near_minimum(broken, fixed, surface) -> Evidence:
    """The broken run does not converge; the fixed run does, a hundred times closer."""
    converged = [verdict(run, surface).kind == "converged" for run in (broken, fixed)]
    far, near = distance_to_minimum(broken, surface), distance_to_minimum(fixed, surface)
    return Evidence(converged == [False, True] and near < 0.01 * far,
                    f"converged {converged}; final distance {far:.3g} vs {near:.3g}")  # fmt: skip


def _slow_start(broken, fixed, surface) -> Evidence:
    """Over the first ten steps the broken run moves under a quarter as far as the fixed one,
    and it ends five times farther from the minimum or more."""
    moved = [float(np.linalg.norm(run.points[10] - run.points[0])) for run in (broken, fixed)]
    far, near = distance_to_minimum(broken, surface), distance_to_minimum(fixed, surface)
    return Evidence(moved[0] < 0.25 * moved[1] and near < 0.2 * far,
                    f"first 10 steps {moved[0]:.3g} vs {moved[1]:.3g}; "
                    f"final distance {far:.3g} vs {near:.3g}")  # fmt: skip


def _overshoots(broken, fixed, surface) -> Evidence:
    """The broken run swings past the minimum by over half its start distance and has not
    converged; the fixed one converges."""

    def overshoot(run: Trajectory) -> float:
        minimum = np.array(surface.minima[0])
        away = run.points[0] - minimum
        along = (run.points - minimum) @ away / float(away @ away)  # 1 at the start, 0 at the min
        return float(-np.nanmin(along))

    kinds = verdict(broken, surface).kind, verdict(fixed, surface).kind
    swings = overshoot(broken), overshoot(fixed)
    return Evidence(kinds[0] != "converged" and kinds[1] == "converged" and swings[0] > 0.5,
                    f"verdicts {kinds}; overshoot {swings[0]:.2f} vs {swings[1]:.2f}")  # fmt: skip


def _stuck_at_saddle(broken, fixed, surface) -> Evidence:
    """The broken run comes to rest where the gradient vanishes but f is not a minimum (it falls
    on either side); the fixed run gets away, f far below the saddle's."""
    rest = broken.last_finite()
    gradient = float(np.linalg.norm(surface.grad(rest)))
    ahead = float(surface.value(rest + np.array([0.0, 0.1])))  # the ridge's falling direction
    kind = verdict(broken, surface).kind
    drop = float(fixed.values[-1]) - float(broken.values[-1])
    return Evidence(kind == "converged" and gradient < 1e-3 and ahead < float(broken.values[-1])
                    and drop < -1.0,
                    f"broken {kind} at {rest}, |g| {gradient:.2g}; f drops {drop:.3g}")  # fmt: skip


CHECKS: dict[str, Callable[[Trajectory, Trajectory, Surface], Evidence]] = {
    "diverges": _diverges,
    "crawls": _crawls,
    "stalls": _stalls,
    "jitters": _jitters,
    "slow_near_minimum": _slow_near_minimum,
    "slow_start": _slow_start,
    "overshoots": _overshoots,
    "stuck_at_saddle": _stuck_at_saddle,
}


# ---- reading and checking the file -------------------------------------------------------------


def surface_of(run: CaseRun) -> Surface:
    return runs.surface_of(run.surface_choice)


def engine_run(run: CaseRun) -> Trajectory:
    """The run as the engine gives it (the page draws the same through ``ui.runs.run``)."""
    return optimize(run.optimizer, surface_of(run), np.array(run.start), run.steps,
                    convention=run.convention, **run.all_hyper())  # fmt: skip


def check_case(case: Case) -> Evidence:
    broken, fixed = engine_run(case.broken), engine_run(case.fixed)
    return CHECKS[case.check](broken, fixed, surface_of(case.broken))


def _texts(raw: dict, field: str, where: str) -> dict[str, str]:
    texts = raw.get(field)
    if not isinstance(texts, dict):
        raise CaseFileError(f'{where}: {field} is missing (write {field}.en = "…" and so on)')
    for lang in LANGUAGE_KEYS:
        if not isinstance(texts.get(lang), str) or not texts[lang].strip():
            raise CaseFileError(f"{where}: {field}.{lang} is missing or empty")
    unknown = set(texts) - set(LANGUAGE_KEYS)
    if unknown:
        raise CaseFileError(f"{where}: {field} has unknown languages {sorted(unknown)}")
    return {lang: texts[lang] for lang in LANGUAGE_KEYS}


def _run(raw: object, where: str) -> CaseRun:
    if not isinstance(raw, dict):
        raise CaseFileError(f"{where} is missing")
    unknown = set(raw) - set(RUN_KEYS) - set(HYPERPARAMETERS)
    if unknown:
        raise CaseFileError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("surface", "optimizer", "steps"):
        if key not in raw:
            raise CaseFileError(f"{where}.{key} is missing")
    # every value must be one the Playground's link takes as it is (the fixed run is a link)
    for key, value in raw.items():
        if key == "formula":
            continue
        if isinstance(value, bool):
            text = link_value(value)
        elif isinstance(value, (int, float, str)):
            text = value if isinstance(value, str) else link_value(value)
        else:
            raise CaseFileError(f"{where}.{key}: {value!r} is not a number or a name")
        reason = problem_with(key, text)
        if reason is not None:
            raise CaseFileError(f"{where}.{key}: the Playground refuses {value!r} ({reason})")
    surface, optimizer = raw["surface"], raw["optimizer"]
    convention = raw.get("convention", "pytorch")
    if optimizer not in OPTIMIZERS or convention not in CONVENTIONS:
        raise CaseFileError(f"{where}: optimizer or convention unknown")
    if not available(optimizer, convention):
        raise CaseFileError(f"{where}: {optimizer} has no {convention} version")
    formula = raw.get("formula")
    if (surface == "custom") != isinstance(formula, str):
        raise CaseFileError(f'{where}.formula: needed with surface = "custom", and only then')
    if formula is not None:
        try:
            parse_function(formula)
        except FormulaError as error:
            raise CaseFileError(f"{where}.formula: {error}") from None
    defaults = hyper_defaults(optimizer, convention)
    hyper = {key: value for key, value in raw.items() if key in HYPERPARAMETERS}
    for key in hyper:
        if key not in defaults:
            raise CaseFileError(f"{where}.{key}: {optimizer} ({convention}) has no {key}")
    start = SURFACES[surface].start if formula is None else custom_start(DEFAULT_DOMAIN)
    run = CaseRun(
        surface, optimizer, convention,
        {key: (value if isinstance(value, bool) else float(value)) for key, value in hyper.items()},
        (float(raw.get("x0", start[0])), float(raw.get("y0", start[1]))),
        int(raw["steps"]), formula,
    )  # fmt: skip
    try:
        engine_run(run)
    except (ValueError, ArithmeticError, TypeError) as error:
        raise CaseFileError(f"{where}: the engine refuses this run ({error})") from None
    return run


def _case(raw: dict, index: int) -> Case:
    case_id = raw.get("id")
    if not isinstance(case_id, str) or not CASE_ID.fullmatch(case_id):
        raise CaseFileError(
            f"case {index + 1}: id {case_id!r} must be 1 to 40 of a-z, 0-9 and _ (it goes in links)"
        )
    where = f"case {case_id!r}"
    unknown = set(raw) - set(CASE_KEYS)
    if unknown:
        raise CaseFileError(f"{where}: unknown keys {sorted(unknown)}")
    if raw.get("check") not in CHECKS:
        raise CaseFileError(f"{where}: check {raw.get('check')!r} is not one of {sorted(CHECKS)}")
    raw_choices = raw.get("choice")
    if not isinstance(raw_choices, list) or not 3 <= len(raw_choices) <= 4:
        raise CaseFileError(f"{where}: choice: write 3 or 4 [[case.choice]] tables")
    choices = []
    for number, choice in enumerate(raw_choices, 1):
        correct = choice.get("correct", False)
        if not isinstance(correct, bool):
            raise CaseFileError(f"{where}: choice {number}: correct must be true or false")
        choices.append(Choice(_texts(choice, "text", f"{where}: choice {number}"), correct))
    if sum(choice.correct for choice in choices) != 1:
        raise CaseFileError(f"{where}: choice: exactly one needs correct = true")
    return Case(
        case_id,
        raw["check"],
        _texts(raw, "title", where),
        _texts(raw, "question", where),
        _texts(raw, "explanation", where),
        _run(raw.get("run"), f"{where}: run"),
        _run(raw.get("fixed"), f"{where}: fixed"),
        tuple(choices),
    )


def read_cases(path: Path = CASE_FILE) -> tuple[Case, ...]:
    """Every case of the file, checked; ``CaseFileError`` names the case and field at fault."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CaseFileError(f"{path.name}: cannot be read ({error})") from None
    raw = document.get("case")
    if not isinstance(raw, list) or not raw:
        raise CaseFileError(f"{path.name}: no [[case]] tables")
    cases = tuple(_case(case, index) for index, case in enumerate(raw))
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise CaseFileError(f"case {case.id!r}: id used twice")
        seen.add(case.id)
    return cases


_loaded: dict[Path, tuple[Case, ...]] = {}


def load_cases(path: Path = CASE_FILE) -> tuple[Case, ...]:
    """``read_cases`` once per server (the file ships with the app)."""
    if path not in _loaded:
        _loaded[path] = read_cases(path)
    return _loaded[path]
