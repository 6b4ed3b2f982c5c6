"""Every user-visible string, in one catalog (English now; other languages add a dict each).

Pages call ``t("key")`` (or ``t("key", name=value)`` for strings with fields) and never write
user-visible text themselves. Formulas (LaTeX) are not text and stay in the code that builds them.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "app.title": "Optimizer Lab",
    "app.icon": "📉",
    "nav.home": "Home",
    "home.title": "Optimizer Lab",
    "home.lead": (
        "Watch gradient descent and its adaptive relatives (SGD, Momentum, Nesterov, AdaGrad, "
        "**RMSProp**, Adadelta, Adam, AdamW) walk across a surface, step by step. Every number "
        "is computed by a small NumPy engine that matches PyTorch, Keras, TensorFlow 1 and the "
        "*Dive into Deep Learning* textbook exactly, so you can check it against your own code."
    ),
    "home.class_title": "In class",
    "home.class_body": (
        "Every view is a link: each control is written into the page's address, so a link "
        "you copy, bookmark or put on a slide opens exactly the same run for every student. "
        "Start from a preset below, change one thing, and share the result with "
        "**Share this view** on the page."
    ),
    "home.presets_title": "Lessons to start from",
    "home.pages_title": "Pages",
    "home.playground_card_title": "Playground",
    "home.playground_card": (
        "One optimizer, every knob. Watch the path run across the surface, look inside the "
        "optimizer (its state, its effective step size), and check any single step by hand."
    ),
    "home.playground_open": "Open the Playground",
    "home.engine_title": "Numbers you can check",
    "home.engine_body": (
        "The textbook's RMSProp example (d2l convention, η = 0.4, γ = 0.9, ε = 10⁻⁶ inside the "
        "square root, 20 steps from (−5, −2) on f = 0.1x² + 2y²), computed by the same engine:"
    ),
    "home.engine_result": "After {steps} steps: x₁ = {x1:.6f}, x₂ = {x2:.6f}",
    "home.compare_card_title": "Compare",
    "home.compare_card": (
        "Race up to six optimizers from one start, sweep one hyperparameter, or run a whole grid of "
        "start points at once to map which minimum each one reaches. A leaderboard scores the runs."
    ),
    "home.compare_open": "Open Compare",
    "home.coming": "Still to come: Linear regression, Neural network and Theory pages.",
    "nav.playground": "Playground",
    "pg.title": "Playground",
    "pg.caption": (
        "Pick a surface and an optimizer, set η and friends, press ▶ Play. "
        "Every control is part of the page's link: copy it from the address bar to share this view."
    ),
    "pg.presets": "Presets (each one is a link)",
    "pg.surface": "Surface",
    "pg.optimizer": "Optimizer",
    "pg.convention": "Convention",
    "pg.convention_help": (
        "Which framework's formulas and defaults to follow: PyTorch, Keras 3, TensorFlow 1, or the "
        "Dive into Deep Learning textbook. They differ in where ε goes, in defaults, and more."
    ),
    "pg.hyper": "Hyperparameters",
    "pg.lr": "Learning rate η",
    "pg.gamma": "Decay γ",
    "pg.eps": "ε",
    "pg.momentum": "Momentum μ",
    "pg.dampening": "Dampening τ",
    "pg.centered": "Centered",
    "pg.beta1": "β₁",
    "pg.beta2": "β₂",
    "pg.amsgrad": "AMSGrad",
    "pg.weight_decay": "Weight decay λ",
    "pg.lr_decay": "η decay (PyTorch AdaGrad)",
    "pg.initial_accumulator_value": "Initial accumulator s₀",
    "pg.names_help": "Also called: {names}",
    "pg.reset": "Reset to this convention's defaults",
    "pg.run": "Run",
    "pg.steps": "Steps",
    "pg.x0": "Start x",
    "pg.y0": "Start y",
    "pg.options": "Noise, clipping, schedule",
    "pg.noise": "Gradient noise σ",
    "pg.seed": "Noise seed",
    "pg.clip": "Gradient clipping",
    "pg.clip_threshold": "Clipping threshold c",
    "pg.schedule": "Learning-rate schedule",
    "pg.decay_rate": "Schedule rate",
    "pg.decay_steps": "Schedule period (steps)",
    "pg.bad_param": "The link's {key}={value!r} was not used: {reason}. Using {default} instead.",
    "pg.bad_number": "it is not a number",
    "pg.bad_choice": "it is not one of the choices",
    "pg.bad_range": "it must be between {low} and {high}",
    "pg.play": "Play",
    "pg.pause": "Pause",
    "pg.step": "step",
    "pg.minimum": "minimum",
    "pg.axis_x": "x",
    "pg.axis_y": "y",
    "pg.final_point": "**Final point** (step {step}): x = {x:.6f}, y = {y:.6f}",
    "pg.final_f": "Final f(x)",
    "pg.distance": "Distance to nearest minimum",
    "pg.diverged": (
        "**Diverged at step {step}.** {why} The path is drawn up to step {last}; "
        "try a smaller η (now {lr:g})."
    ),
    "pg.diverged_nonfinite": "The iterate overflowed to infinity or became NaN.",
    "pg.diverged_bound": "A coordinate passed ±{bound:g}: the path left the surface far behind.",
    "pg.inside": "Inside the optimizer",
    "pg.chart_f": "f(xₜ)",
    "pg.chart_state": "State: {names}",
    "pg.chart_effective": "Effective step size per coordinate",
    "pg.chart_delta": "Step length ‖Δxₜ‖",
    "pg.coord_x": "x",
    "pg.coord_y": "y",
    "pg.explain": "Explain step k",
    "pg.explain_k": "Step k",
    "pg.explain_intro": "The update of step {k} with its numbers, coordinate by coordinate (x, y):",
    "pg.explain_includes": "includes",
    "pg.export": "Export",
    "pg.csv": "Trajectory and state as CSV",
    "pg.names_table": "Names across frameworks",
    "pg.share": "Share this view",
    "pg.share_help": (
        "This link reproduces the view exactly (every control is in it). The address bar holds "
        "the same view; the copy button is on the right."
    ),
    "pg.chart_f_shifted": "f(xₜ) − f(x*)",
    "pg.solid": "solid",
    "pg.dashed": "dashed",
    "pg.dotted": "dotted",
    "pg.html": "Animation as one HTML file (plays offline)",
    "pg.html_title": "{run} on {surface}: Optimizer Lab",
    "pg.code_torch": "As PyTorch code",
    "pg.code_keras": "As Keras code",
    "nav.compare": "Compare",
    "cmp.title": "Compare",
    "cmp.caption": (
        "Race optimizers on one surface from one start, sweep one hyperparameter, or start a "
        "whole grid at once. Every control is part of the link."
    ),
    "cmp.scenarios": "Scenarios (each one is a link)",
    "cmp.mode": "Mode",
    "cmp.optimizers": "Optimizers (2 to 6)",
    "cmp.optimizers_bad": "The link's optimizers={value!r}: {reason}. Using {used} instead.",
    "cmp.optimizers_unknown": "{names} is not an optimizer",
    "cmp.optimizers_too_many": "at most {maximum} at once",
    "cmp.optimizers_few": "Choose at least two optimizers to race.",
    "cmp.settings_of": "Settings of {name}",
    "cmp.zoom": "Zoom around the minimum (times)",
    "cmp.tol": "Tolerance on f − f*",
    "cmp.sweep_param": "Hyperparameter to sweep",
    "cmp.sweep_values": "Values (comma-separated)",
    "cmp.sweep_values_help": "Numbers such as 0.01, 0.1, 1e-3; for the convention: pytorch, keras, tf1, d2l. At most 8.",
    "cmp.sweep_values_bad": "{value!r} cannot be swept: {reason}",
    "cmp.sweep_none": "No value to sweep: type two or more, separated by commas.",
    "cmp.sweep_overridden": "The swept hyperparameter's control above is not used: each run takes its value from the list.",
    "cmp.grid": "Grid of start points (n × n)",
    "cmp.swarm_map": "Map",
    "cmp.swarm_map.final_gap": "final f − f*",
    "cmp.swarm_map.basin": "minimum reached",
    "cmp.swarm_map.steps": "steps to tolerance",
    "cmp.swarm_caption": "{n} × {n} = {count:,} start points over the plotted domain, {steps} steps each, per optimizer.",
    "cmp.basin.none": "no minimum yet",
    "cmp.basin.diverged": "diverged",
    "cmp.basin.minimum": "minimum {i} ({x:.3g}, {y:.3g})",
    "cmp.leaderboard": "Leaderboard",
    "cmp.col.run": "Run",
    "cmp.col.final_gap": "Final f − f*",
    "cmp.col.final_f": "Final f",
    "cmp.col.distance": "Distance to nearest minimum",
    "cmp.col.steps_to_tol": "Steps to f − f* ≤ {tol:g}",
    "cmp.col.diverged": "Diverged at step",
    "cmp.never": "never",
    "cmp.no": "no",
    "cmp.diverged_cell": "— (diverged)",
    "cmp.diverged_count": "{count:,} of {total:,} diverged",
    "cmp.chart_f": "f(xₜ) − f* per run",
    "cmp.chart_f_plain": "f(xₜ) per run",
    "cmp.chart_effective": "Effective step size per coordinate, run by run",
    "cmp.chart_sweep": "Final f − f* against {param}",
    "cmp.scenario_intro": "Scenario",
    "scenario.adagrad_rmsprop": "AdaGrad vs RMSProp on the ellipse",
    "scenario.adagrad_rmsprop.text": (
        "AdaGrad divides η by the square root of the **sum** of all squared gradients so far, so its "
        "effective step can only shrink: on the flat x direction it slows to a crawl. RMSProp keeps an "
        "**exponential moving average** instead (about the last 1/(1−γ) = 10 steps), so its step "
        "recovers as the gradients get small. Compare the two effective-step charts below."
    ),
    "scenario.momentum_valley": "SGD vs Momentum vs Nesterov in the Rosenbrock valley",
    "scenario.momentum_valley.text": (
        "The valley floor is long and nearly flat while its walls are steep. Plain SGD must keep η small "
        "enough for the walls and so crawls along the floor; momentum accumulates the small, consistent "
        "push along the floor. Nesterov looks one step ahead and overshoots the walls less."
    ),
    "scenario.adam_adamw": "Adam vs AdamW with weight decay",
    "scenario.adam_adamw.text": (
        "Both use λ = 0.5. Adam adds λx to the gradient (an L2 penalty), which its per-coordinate scaling "
        "then reshapes; AdamW shrinks the weights directly by ηλx, outside the adaptive step. The same λ "
        "pulls the two towards different points."
    ),
    "scenario.eps_placement": "ε inside or outside the square root, where gradients are tiny",
    "scenario.eps_placement.text": (
        "PyTorch divides by √s + ε, Keras and d2l by √(s + ε). When g² is about as small as ε (here "
        "near the minimum, ε = 10⁻⁴, zoomed 100×), ε inside the root damps the step much more, so the "
        "same settings converge more slowly."
    ),
    "scenario.rmsprop_gamma": "RMSProp with γ = 0.5, 0.9 and 0.99",
    "scenario.rmsprop_gamma.text": (
        "γ sets how long RMSProp remembers squared gradients: about 1/(1−γ) steps, so 2, 10 or 100. "
        "A short memory makes the step size jumpy; a long one makes it smooth but slow to react."
    ),
    "scenario.himmelblau_basins": "Which minimum? Basins of Himmelblau's function",
    "scenario.himmelblau_basins.text": (
        "A 50 × 50 grid of start points runs at once. Each pixel is coloured by the minimum its start "
        "point reached: the map of basins differs between optimizers, because momentum and adaptive "
        "steps carry points across ridges."
    ),
    "nav.neural_network": "Neural network",
    "nn.title": "Neural network: handwritten digits",
    "nn.lead": (
        "A small network (64 pixels → hidden ReLU layer → 10 classes, softmax cross-entropy) learns "
        "to read 8 × 8 handwritten digits. Its weight matrices are updated by the same optimizer "
        "code as the 2-D pages. The defaults follow seed 003: Keras's RMSprop, η = 0.001, ρ = 0.9, "
        "batches of 128, 512 hidden units. Add up to three more optimizers: all start from the "
        "same initial weights and see the same batches."
    ),
    "nn.optimizers": "Optimizers (1 to 4)",
    "nn.epochs": "Epochs",
    "nn.seed": "Seed (initial weights and batch order)",
    "nn.batch": "Batch size",
    "nn.hidden": "Hidden units",
    "nn.none": "Choose at least one optimizer.",
    "nn.training": "Training…",
    "nn.training_epoch": "Training {name}: epoch {epoch} of {epochs}",
    "nn.trained": "Trained in {seconds:.1f} s (results are kept: changing a control back is instant).",
    "nn.epoch": "epoch",
    "nn.chart_loss": "Test loss (cross-entropy)",
    "nn.chart_accuracy": "Test accuracy (%)",
    "nn.metric": "Test accuracy",
    "nn.diverged": "Diverged during epoch {epoch}: the weights overflowed. Try a smaller η.",
    "nn.misclassified": "Digits {name} got wrong ({count} of {total} test images)",
    "nn.wrong_caption": "is {truth}, read as {guess}",
    "nav.linear_regression": "Linear regression",
    "lr.title": "Linear regression: RMSProp fits a line",
    "lr.lead": (
        "100 points scattered around the line y = 4 + 3x (seed 001's data, drawn by its own "
        "generator). The optimizer adjusts the intercept θ₀ and the slope θ₁ to minimize the mean "
        "squared error. Left: the data and the current line; right: θ's path on the error's "
        "contour. The defaults are the seed's: RMSProp, η = 0.1, γ = 0.9, ε = 10⁻⁸ inside the "
        "square root, 1,000 full-batch steps."
    ),
    "lr.batch_size": "Batch size (100 = full batch)",
    "lr.seed": "Seed (which points each mini-batch takes)",
    "lr.batch_size_help": "Smaller batches give noisy, cheaper gradients: mini-batch training.",
    "lr.decay": "Decay of η per step",
    "lr.decay_help": "η_t = η × decay^t; 1 keeps η constant, as the seed does.",
    "lr.data": "data",
    "lr.fit": "current line",
    "lr.least_squares": "least squares",
    "lr.final": "Final θ (intercept, slope)",
    "lr.least_squares_metric": "Least squares",
    "lr.distance": "Distance between them",
    "lr.diverged": "Diverged at step {step}: try a smaller η.",
    "lr.circling": (
        "**The run does not settle.** Over its last 50 steps θ stays between {low:.3g} and "
        "{high:.3g} from the least-squares solution: with a constant η = {lr:g} it circles the "
        "optimum instead of landing on it."
    ),
    "lr.circling_fixed": (
        "**The run does not settle.** Over its last 50 steps θ stays exactly {distance:.3g} from "
        "the least-squares solution: with a constant η = {lr:g} it circles the optimum instead of "
        "landing on it."
    ),
    "lr.why_adaptive": (
        "Why: the step divides the gradient by the root of its own recent mean square, "
        "g / √s. Near the optimum g gets small, but s shrinks with it, so g / √s stays close to "
        "±1 and every step keeps a length of about η = {lr:g} per coordinate. θ ends up jumping "
        "between two points about {half:g} on either side of the solution: the seed's answer, "
        "(4.1722, 2.9185), is one of them, 0.05 below (4.2222, 2.9685) in both coordinates."
    ),
    "lr.fix": "The fix is a decaying η, so the jumps shrink too: [try η × 0.99 per step]({link}).",
    "lr.decayed": "With η shrinking by ×{decay:g} per step, the final θ is {distance:.2g} from the least-squares solution.",
    "lr.mse_gap": "MSE(θₜ) − minimum",
    "preset.d2l_rmsprop": "d2l RMSProp (seed 002): η 0.4, γ 0.9, 20 steps",
    "preset.adagrad_stalls": "AdaGrad stalls on the same ellipse (compare with the one above)",
    "preset.divergence": "η too large: SGD diverges in the Rosenbrock valley",
    "preset.saddle": "Escaping a saddle from just off its ridge",
    "preset.rosenbrock": "The Rosenbrock valley with Adam",
    "preset.rotated": "Rotated ellipse: per-coordinate steps lose their edge",
    "preset.himmelblau": "Himmelblau: which of the four minima?",
}

CATALOG: dict[str, dict[str, str]] = {"en": EN}


def t(text_key: str, lang: str = "en", **fields) -> str:
    """The text for ``text_key`` in ``lang`` (English when missing), with ``fields`` filled in."""
    text = CATALOG.get(lang, EN).get(text_key, EN[text_key])
    return text.format(**fields) if fields else text


def animation_labels(lang: str = "en") -> dict[str, str]:
    """The texts of the animated contour (ui.figures.animated_contour's ``labels``)."""
    keys = {"play": "pg.play", "pause": "pg.pause", "step": "pg.step", "x": "pg.axis_x",
            "y": "pg.axis_y", "minimum": "pg.minimum"}  # fmt: skip
    return {name: t(key, lang) for name, key in keys.items()}
