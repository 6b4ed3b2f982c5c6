"""Every user-visible string, in one catalog (English now; other languages add a dict each).

Pages call ``t("key")`` (or ``t("key", name=value)`` for strings with fields) and never write
user-visible text themselves. Formulas (LaTeX) are not text and stay in the code that builds them.
"""

from __future__ import annotations

import functools
import importlib
import threading

EN: dict[str, str] = {
    "app.title": "Optimizer Lab",
    "lang.label": "Language",
    "class.panel": "Classroom",
    "class.present": "Presenter mode",
    "class.present_help": "For a projector: bigger type, thicker paths, the sidebar closed and each page cut down to its figure and key numbers.",
    "class.bad_present": "The link's present={value!r} was not used: write present=1 or present=0.",
    "class.hide": "Hide these controls",
    "class.hide_help": "Students who open the link below do not see these controls; the values in the link still apply.",
    "class.hide_none": "None hidden",
    "class.bad_hide": "The link asked to hide {names}: no such control, ignored.",
    "class.link_help": "The link to this view, with these classroom settings:",
    "app.icon": "📉",
    "app.open": "Open the page",
    "nav.home": "Home",
    "home.title": "Optimizer Lab",
    "home.lead": (
        "Watch gradient descent and its adaptive relatives (SGD, Momentum, Nesterov, AdaGrad, "
        "**RMSProp**, Adadelta, Adam, AdamW, NAdam, RAdam, Adamax, Lion and schedule-free AdamW) "
        "walk across a surface, step by step. Every number "
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
    "home.regression_card_title": "Linear regression",
    "home.regression_card": (
        "RMSProp fits a line to the NumPy linear-regression tutorial's 100 noisy points, animated "
        "on the data and on the error surface side by side, and shows why a constant η leaves it circling the optimum."
    ),
    "home.regression_open": "Open Linear regression",
    "home.network_card_title": "Neural network",
    "home.network_card": (
        "A small network learns handwritten digits with the same optimizers, following the Keras "
        "MNIST tutorial's recipe: compare up to four from the same start, watch loss and accuracy grow, see which digits it misreads."
    ),
    "home.network_open": "Open Neural network",
    "home.theory_card_title": "Theory",
    "home.theory_card": (
        "Every update rule in each framework's form, why AdaGrad slows down and RMSProp does not, "
        "the traps when moving between frameworks, and the papers."
    ),
    "home.theory_open": "Open Theory",
    "nav.playground": "Playground",
    "pg.title": "Playground",
    "pg.caption": (
        "Pick a surface and an optimizer, set η and friends, press ▶ Play; click the plot to start "
        "from there. "
        "Every control is part of the page's link: copy it from the address bar to share this view."
    ),
    "pg.presets": "Presets (each one is a link)",
    "pg.surface": "Surface",
    "surface.ellipse": "Ellipse 0.1x² + 2y² (d2l's)",
    "surface.rotated_ellipse": "Rotated ellipse",
    "surface.rosenbrock": "Rosenbrock's valley",
    "surface.beale": "Beale",
    "surface.himmelblau": "Himmelblau (four minima)",
    "surface.booth": "Booth",
    "surface.saddle": "Saddle x² − y²",
    "surface.six_hump_camel": "Six-hump camel",
    "surface.rastrigin": "Rastrigin (many local minima)",
    "surface.ackley": "Ackley",
    "surface.custom": "Your own f(x, y)…",
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
    "pg.momentum_decay": "Momentum decay ψ (PyTorch NAdam)",
    "pg.decoupled_weight_decay": "Decoupled weight decay (as AdamW)",
    "pg.warmup_steps": "Warm-up steps W",
    "pg.nesterov": "Nesterov",
    "pg.ns_steps": "Newton–Schulz steps k",
    "pg.names_help": "Also called: {names}",
    "pg.reset": "Reset to this convention's defaults",
    "pg.use_convention": "Use {convention}",
    "pg.run": "Run",
    "pg.steps": "Steps",
    "pg.x0": "Start x",
    "pg.y0": "Start y",
    "pg.options": "Noise, clipping, schedule",
    "pg.noise": "Gradient noise σ",
    "pg.seed": "Noise seed",
    "pg.clip": "Gradient clipping",
    "pg.clip.none": "None",
    "pg.clip.value": "By value",
    "pg.clip.norm": "By norm",
    "pg.clip_threshold": "Clipping threshold c",
    "pg.schedule": "Learning-rate schedule",
    "pg.schedule.constant": "Constant",
    "pg.schedule.step": "Step decay",
    "pg.schedule.exponential": "Exponential decay",
    "pg.schedule.cosine": "Cosine",
    "pg.schedule.inverse_time": "Inverse time",
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
    "pg.final_point": "**Final point** (step {step}): x = {x}, y = {y}",
    "pg.speed": "Speed",
    "pg.speed_help": "How fast ▶ Play runs through the steps: 1× plays a short run over about three seconds.",
    "pg.axis_z": "f(x, y)",
    "pg.view3d": "3-D view",
    "pg.view3d_help": (
        "The surface in 3-D with the path on it; drag to turn it, also while it plays."
        " The contour view is the one you can click."
    ),
    "pg.arrows": "Arrows for the forces",
    "pg.arrows_help": (
        "At each step of the animation, arrows from the point: downhill (−∇f), the update "
        "the optimizer then takes, and its memory (momentum, first moment) where it has "
        "one. Each shows a direction only."
    ),
    "pg.force.gradient": "−∇f (downhill)",
    "pg.force.update": "update taken",
    "pg.force.memory": "memory {name}",
    "pg.live": "Live slider under the plot",
    "pg.live_none": "None",
    "pg.live_help": (
        "A slider beside the step slider swaps the path for other values of this hyperparameter "
        "at once, in your browser. The numbers beside the plot stay those of the value "
        "set in the sidebar."
    ),
    "ex.mode": "Exercise",
    "ex.mode.none": "None: explore freely",
    "ex.mode.predict": "Predict the next step",
    "ex.mode.diagnose": "Diagnose this run",
    "ex.mode_help": "An exercise for a class: the link keeps it, so a teacher can share it.",
    "ex.predict.path": "Path up to step {k}",
    "ex.predict.truth": "Step {k}: where it lands",
    "ex.predict.guess": "Your guess",
    "ex.predict.too_short": (
        "This run has no step to ask about: it diverges or stops at once. Change η, the steps "
        "or the start."
    ),
    "ex.predict.round": (
        "**Round {round} of {rounds}.** The path is drawn up to step {k}. Where will step "
        "{next} land? Click the spot on the plot, then press Check."
    ),
    "ex.predict.click": "Click or tap the plot where you think the next point lands.",
    "ex.predict.your_guess": "Your guess: x = {x}, y = {y}. Click again to move it.",
    "ex.predict.check": "Check",
    "ex.predict.truth_at": "Step {k} lands at x = {x}, y = {y}.",
    "ex.predict.off_by": "Your guess was **{error}** step lengths away: **{points}** points.",
    "ex.predict.so_far": "Score so far: {score} of {best}.",
    "ex.predict.final": "Final score: {score} of {best}.",
    "ex.predict.next": "Next round",
    "ex.predict.again": "Play again",
    "ex.predict.explained": "How step {k} is computed",
    "pg.verdict.diverged": "**Diverged** at step {step}.",
    "pg.verdict.converged": "**Converged** at step {step}: within {radius:.2g} of a minimum from then on.",
    "pg.verdict.converged_unknown_minimum": "**Settled** at step {step}: its steps are shorter than {radius:.2g} ÷ 100 from then on.",
    "pg.verdict.oscillating": "**Still oscillating**: {coordinate} keeps jumping between {low:.3g} and {high:.3g} (last {window} steps).",
    "pg.verdict.stalled": "**Stalled**: the steps shrank to {last:.2g} while still {distance:.3g} from the nearest minimum.",
    "pg.verdict.moving": "**Still on its way**: {distance:.3g} from the nearest minimum after {window} steps.",
    "pg.verdict.moving_unknown_minimum": "**Still on its way** after {window} steps.",
    "pg.final_f": "Final f(x)",
    "pg.distance": "Distance to nearest minimum",
    "pg.diverged": ("{why} The path is drawn up to step {last}; try a smaller η (now {lr:g})."),
    "pg.diverged_nonfinite": "The iterate overflowed to infinity or became NaN.",
    "pg.diverged_bound": "A coordinate passed ±{bound:g}: the path left the surface far behind.",
    "pg.inside": "Inside the optimizer",
    "pg.section": "Look closer at the run",
    "pg.chart_f": "f(xₜ)",
    "pg.chart_state": "State: {names}",
    "pg.chart_effective": "Per coordinate: the {name}",
    "pg.step_size_name": "step size",
    "pg.step_taken_name": "step taken |Δxᵢ|",
    "pg.chart_delta": "Step length ‖Δxₜ‖",
    "chart.reaches_zero": "0 at step {step} (a log axis cannot show 0)",
    "pg.coord_x": "x",
    "pg.coord_y": "y",
    "pg.explain": "Explain step k",
    "pg.explain_k": "Step k",
    "pg.explain_intro": "The update of step {k} with its numbers, coordinate by coordinate (x, y):",
    "pg.sentence.shared": (
        "Both coordinates have the same step size ({size_x:.5g}): the gradient's coordinates "
        "differ {g_fold:.3g}-fold (|g| = {gx:.4g} and {gy:.4g}), the steps taken "
        "{step_fold:.3g}-fold (|Δ{x}| = {dx:.5g}, |Δ{y}| = {dy:.5g})."
    ),
    "pg.sentence.own": (
        "Each coordinate has a step size of its own ({size_x:.5g} for {x}, {size_y:.5g} for "
        "{y}): the gradient's coordinates differ {g_fold:.3g}-fold (|g| = {gx:.4g} and {gy:.4g}), "
        "the steps taken {step_fold:.3g}-fold (|Δ{x}| = {dx:.5g}, |Δ{y}| = {dy:.5g})."
    ),
    "pg.sentence.own_equal": (
        "Each coordinate has a step size of its own ({size_x:.5g} for {x}, {size_y:.5g} for "
        "{y}): the gradient's coordinates differ {g_fold:.3g}-fold (|g| = {gx:.4g} and {gy:.4g}), "
        "yet the steps taken are the same size: |Δ{x}| = |Δ{y}| = {dx:.5g}."
    ),
    "explain.note.noise": "Gradient noise: σ = {sigma} times a standard normal draw (seed {seed}).",
    "explain.note.clip_value": "Clipped by value: every coordinate is kept within ±c.",
    "explain.note.clip_norm": "Clipped by norm: a gradient longer than c is shrunk to length c.",
    "explain.note.coupled_decay": (
        "Weight decay, coupled: λx joins the gradient (an L2 penalty), so the optimizer's own "
        "scaling applies to it."
    ),
    "explain.note.decoupled_decay": (
        "Weight decay, decoupled: the point shrinks towards 0 before the step; the optimizer "
        "never sees λ."
    ),
    "explain.note.schedule": "This step's learning rate, from the schedule.",
    "explain.note.nesterov": (
        "Nesterov's look-ahead: the step follows g + μb, the gradient plus where momentum is "
        "about to carry the point."
    ),
    "explain.note.amsgrad": "AMSGrad keeps the largest v so far, so the divisor never shrinks.",
    "explain.note.eps_hat": (
        "Keras and TensorFlow 1 fold both bias corrections into α and add ε to the uncorrected "
        "√v (“ε-hat”)."
    ),
    "explain.note.radam_sgd": (
        "ρ = {rho} ≤ 5: too few steps to estimate the variance of the adaptive scale 1/√v, "
        "so RAdam takes a plain momentum step."
    ),
    "explain.note.radam_adaptive": (
        "ρ = {rho} > 5: the variance can be trusted; r scales Adam's step."
    ),
    "explain.note.lion_sign": "Only the sign counts: every coordinate moves by exactly η.",
    "explain.note.schedule_free_keras": (
        "Keras rebuilds the previous average from y and the z it has just updated."
    ),
    "explain.note.schedule_free_weights": (
        "z enters the average with weight c: the square of the largest η so far, divided by "
        "S, the sum of that square over every step so far (c = 1/k without a warm-up)."
    ),
    "pg.prev_step": "Previous step",
    "pg.next_step": "Next step",
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
    "pg.code_keras_none": "Keras 3 has no {optimizer}, so there is no Keras script for this run.",
    "nav.compare": "Compare",
    "cmp.title": "Compare",
    "cmp.caption": (
        "Race optimizers on one surface from one start, sweep one hyperparameter, or start a "
        "whole grid at once. Click the plot to start from there. Every control is part of the link."
    ),
    "cmp.scenarios": "Scenarios (each one is a link)",
    "cmp.mode": "Mode",
    "cmp.mode.race": "Race",
    "cmp.mode.sweep": "Sweep one setting",
    "cmp.mode.swarm": "Swarm of start points",
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
    "cmp.optimizers_empty": "it names no optimizer",
    "cmp.sweep_param_missing": "{optimizer} has no such setting",
    "cmp.sweep_values_none": ("none of {values!r} can be swept; sweeping {used} instead"),
    "cmp.scenario_unknown": (
        "The link's scenario={value!r} is not one of the "
        "scenarios above; showing the page without one."
    ),
    "pg.domain_bad_values": (
        "The plot domain needs x from < x to and y from < y "
        "to (the link gives x {x_min:g} to {x_max:g}, y "
        "{y_min:g} to {y_max:g}); using −2 to 2."
    ),
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
    "cmp.col.distance_short": "Distance",
    "cmp.col.steps_to_tol": "Steps to f − f* ≤ {tol:g}",
    "cmp.col.steps_short": "Steps",
    "cmp.never": "never",
    "cmp.diverged_at_cell": "diverged at step {step}",
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
    "scenario.adam_relatives": "Adam and five relatives with the same η",
    "scenario.adam_relatives.text": (
        "Adam, NAdam, RAdam, Adamax, Lion and schedule-free AdamW, each with η = 0.1, on the "
        "rotated ellipse. Lion gets close first, because every coordinate moves η per step, but "
        "it cannot settle: its last steps are still η long. RAdam starts with plain momentum "
        "steps until its variance estimate can be trusted; Adamax divides by a slowly decaying "
        "maximum of |g|, so it slows down; schedule-free AdamW shows an average that trails its "
        "own steps."
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
        "code as the 2-D pages. The defaults follow the Keras MNIST tutorial: Keras's RMSprop, "
        "η = 0.001, ρ = 0.9, "
        "batches of 128, 512 hidden units. Add up to three more optimizers: all start from the "
        "same initial weights and see the same batches."
    ),
    "nn.optimizers": "Optimizers (1 to 4)",
    "nn.epochs": "Epochs",
    "nn.seed": "Seed (initial weights and batch order)",
    "nn.batch": "Batch size",
    "nn.hidden": "Hidden units",
    "nn.none": "Choose at least one optimizer.",
    "nn.only_here.muon": (
        "Muon orthogonalizes the update of a weight matrix. A point on a 2-D surface has no "
        "matrix to orthogonalize, so Muon runs only here: it trains the hidden layer's weights, "
        "and AdamW (η {lr:g}, λ {weight_decay:g}) trains the biases and the output layer, as PyTorch's "
        "documentation advises."
    ),
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
    # issue 16.3: learning-rate range test
    "rt.title": "Learning-rate range test",
    "rt.lead_surface": (
        "One run of {steps} steps from the same start in which η grows exponentially from {low} to "
        "{high}: η_k = η_min·(η_max/η_min)^(k/(T−1)). The loss f after each step is drawn against "
        "the η of that step, smoothed by a moving average (β = 0.98, bias-corrected), up to where "
        "it blows up (4 × its best). Two η are suggested: where the smoothed loss falls fastest, "
        "and the η of its minimum divided by 10."
    ),
    "rt.lead_network": (
        "One training of {steps} minibatch steps from the same initial weights in which η grows "
        "exponentially from {low} to {high}. The loss of each next minibatch is drawn against the "
        "η of the step before it, smoothed by a moving average (β = 0.98, bias-corrected), up to "
        "where it blows up (4 × its best). Two η are suggested: where the smoothed loss falls "
        "fastest, and the η of its minimum divided by 10."
    ),
    "rt.optimizer": "Optimizer to test",
    "rt.axis_lr": "η (log scale)",
    "rt.axis_loss_surface": "f after the step",
    "rt.axis_loss_network": "minibatch loss",
    "rt.raw": "loss",
    "rt.smoothed": "smoothed loss",
    "rt.steepest": "steepest fall: η = {lr}",
    "rt.minimum": "minimum ÷ 10: η = {lr}",
    "rt.diverged": "blown up",
    "rt.link_steepest": "Run with η = {lr} (steepest fall)",
    "rt.link_minimum": "Run with η = {lr} (minimum ÷ 10)",
    "rt.no_suggestion": "The loss was not finite from the first step: no η to suggest. Try a smaller range.",
    "rt.no_divergence": "The loss did not blow up up to η = {high}: the minimum may lie beyond.",
    "rt.seconds": "Ran in {seconds:.2f} s (results are kept).",
    "nav.theory": "Theory",
    "th.title": "Theory",
    "th.caption": (
        "The rules behind the lab, written the way each framework computes them, with small experiments "
        "run live by the same engine as the other pages. The optimizer, the gradient sequence and γ "
        "below are part of the page's link."
    ),
    "th.rules": "Update rules, state and defaults",
    "th.notation": (
        "Notation: xₜ is the parameter after step t, gₜ the gradient used at step t, η the learning "
        "rate. Squares, square roots and divisions act on each coordinate separately, so every "
        "adaptive method below gives each parameter its own step size."
    ),
    "th.optimizer": "Optimizer",
    "th.optimizer_help": "The choice is part of the link: /theory?optimizer=rmsprop opens RMSProp.",
    "th.name.sgd": "SGD (plain gradient descent)",
    "th.name.momentum": "Momentum (heavy ball)",
    "th.name.nesterov": "Nesterov momentum",
    "th.name.adagrad": "AdaGrad",
    "th.name.rmsprop": "RMSProp",
    "th.name.adadelta": "Adadelta",
    "th.name.adam": "Adam",
    "th.name.adamw": "AdamW",
    "th.name.nadam": "NAdam",
    "th.name.radam": "RAdam",
    "th.name.adamax": "Adamax",
    "th.name.lion": "Lion",
    "th.name.schedule_free_adamw": "Schedule-free AdamW",
    "th.name.muon": "Muon",
    # in legends, where the run's settings follow the name
    "th.short.sgd": "SGD",
    "th.short.momentum": "Momentum",
    "th.idea.sgd": (
        "Move against the gradient, scaled by η, and remember nothing. The step is long where the "
        "surface is steep and short where it is flat, and a single η has to suit every direction: small "
        "enough for the steepest one, which makes progress along the flattest one slow."
    ),
    "th.idea.momentum": (
        "Step along a running sum of past gradients in which older gradients count less and less "
        "(each step multiplies the sum by μ). Where successive gradients agree, the sum builds up to "
        "about 1/(1 − μ) times a single gradient, so the walk speeds up; where they alternate in sign, "
        "as across a narrow valley, they cancel and the zig-zag is damped."
    ),
    "th.idea.nesterov": (
        "Momentum with a correction: the step adds the fresh gradient on top of μ times the already "
        "updated buffer, which is what you get by evaluating the gradient where momentum is about to "
        "carry the point and rewriting it. An overshoot is noticed one step earlier than with plain "
        "momentum. In this form, used by every framework, the gradient is still taken at the current point."
    ),
    "th.idea.adagrad": (
        "Give every coordinate its own step size: divide η by the square root of the sum of all its "
        "squared gradients so far. Coordinates that keep seeing large gradients take small steps; rarely "
        "updated ones keep large steps. The sum can only grow, so every step size can only shrink: "
        "helpful on convex problems and sparse features, harmful in long non-convex runs."
    ),
    "th.idea.rmsprop": (
        "AdaGrad with a fading memory: the sum of squared gradients becomes an exponential moving "
        "average, so the divisor follows the recent size of the gradient (roughly the last 1/(1 − γ) "
        "steps). The step size can go down and up again instead of decaying for good. Tieleman and "
        "Hinton proposed it in a 2012 lecture; it was never published as a paper."
    ),
    "th.idea.adadelta": (
        "RMSProp in which η is replaced by a second moving average: the root mean square of the "
        "previous updates. The update then has the units of x, and the original rule has no learning "
        "rate at all; the frameworks still multiply by η (PyTorch's default η = 1 gives the original)."
    ),
    "th.idea.adam": (
        "Momentum and RMSProp at once: a moving average of the gradient, m (the direction), divided by "
        "the root of a moving average of its square, v (the scale). Both averages start at zero and "
        "would be too small in the first steps, so each is divided by 1 − βᵗ. Each coordinate then "
        "moves by about η per step, whatever the scale of its gradient."
    ),
    "th.idea.adamw": (
        "Adam with the weight decay taken out of the gradient. In Adam, a decay term λx added to the "
        "gradient is divided by √v like the rest, so weights with large gradients are hardly decayed. "
        "AdamW shrinks every weight directly by ηλx, outside the adaptive scaling, so the decay acts "
        "as intended and λ can be tuned independently of η."
    ),
    "th.idea.nadam": (
        "Adam with Nesterov's look-ahead: the step uses the momentum it is about to have, "
        "μₜ₊₁mₜ, plus the fresh gradient, instead of mₜ alone. The momentum factor μₜ follows a "
        "schedule that starts at half of β₁ and rises to β₁, so the first steps lean more on "
        "the gradient itself."
    ),
    "th.idea.radam": (
        "Adam that waits until its scale can be trusted. In the first steps v is an average of "
        "very few squared gradients, and dividing by its root makes steps erratic. RAdam "
        "measures how many steps that average really covers (ρₜ); until it exceeds 5 it takes "
        "plain momentum steps, then switches to Adam's step multiplied by a correction rₜ that "
        "grows towards 1. It replaces a hand-tuned learning-rate warm-up."
    ),
    "th.idea.adamax": (
        "Adam with the infinity norm: instead of the root of a mean square, the divisor is a "
        "slowly decaying maximum of |g|. One unusually large gradient sets the scale for a long "
        "time, and no bias correction is needed for it."
    ),
    "th.idea.lion": (
        "Keep only the sign: each coordinate moves by exactly η, in the direction of the sign "
        "of an interpolation of the momentum and the fresh gradient. Found by an automated "
        "search over update rules (Chen et al. 2023). It keeps one array instead of Adam's two "
        "and needs an η 3 to 10 times smaller than AdamW's."
    ),
    "th.idea.schedule_free_adamw": (
        "No learning-rate schedule to choose: an Adam-scaled sequence z takes the steps, the "
        "point shown is x, the running average of every z so far, and the gradient is taken at "
        "y, in between. Averaging does what a decaying η would do, without knowing in advance "
        "how long training will run."
    ),
    "th.every_convention": "In every convention (PyTorch, Keras 3, TensorFlow 1, d2l)",
    "th.conv.pytorch": "PyTorch",
    "th.conv.keras": "Keras 3",
    "th.conv.tf1": "TensorFlow 1",
    "th.conv.d2l": "d2l",
    "th.note.momentum_tau": "τ is PyTorch's dampening; TensorFlow 1 and d2l have none (τ = 0).",
    "th.note.momentum_keras": (
        "Keras keeps the velocity v = −ηb, in the units of x. With a constant η the path is the same; "
        "with a learning-rate schedule it is not, because η then sits inside the buffer."
    ),
    "th.note.adagrad_torch": "δ is lr_decay (0 by default, so ηₜ = η). ε is added after the square root.",
    "th.note.adagrad_keras": (
        "ε is added inside the square root; TensorFlow 1 has no ε at all (ε = 0). The accumulator "
        "starts at s₀ = initial_accumulator_value, 0.1 in Keras and TensorFlow 1, 0 elsewhere."
    ),
    "th.note.rmsprop_tf1": (
        "Only TensorFlow 1 starts the mean square at 1, which makes its first steps tiny "
        "(see the pitfalls below)."
    ),
    "th.note.adadelta": (
        "Every framework calls γ rho. u starts at 0, so the first updates are about √ε/√(s + ε) "
        "times g: Adadelta starts slowly and speeds up as u grows."
    ),
    "th.note.adam_eps_hat": (
        "The “ε-hat” form: the bias correction is moved onto η and ε is added to the uncorrected √vₜ. "
        "It is the same rule as PyTorch's with a larger ε early on (see the pitfalls below)."
    ),
    "th.note.adamw_hats": "m̂ₜ and v̂ₜ are bias-corrected as in Adam; the gradient gₜ no longer contains λx.",
    "th.note.adamw_tf1": (
        "tf.contrib.opt.AdamWOptimizer multiplies the weights by 1 − λ, without η: the same λ decays "
        "far more strongly than in the other frameworks."
    ),
    "th.note.nadam_keras": (
        "Keras's momentum schedule is 0.96ᵗ instead of 0.96^(tψ) with ψ = 0.004, so μₜ reaches "
        "β₁ within a few dozen steps instead of after thousands."
    ),
    "th.note.decoupled_flag": (
        "PyTorch uses the first form (λx joins the gradient, an L2 penalty) unless "
        "decoupled_weight_decay=True, which switches to the second, as in AdamW."
    ),
    "th.note.lion_decoupled": (
        "Lion always shrinks the weights directly. lion-pytorch's decoupled_weight_decay=True "
        "divides λ by the initial η (second form), so the decay no longer shrinks with η."
    ),
    "th.note.schedule_free_keras": (
        "Keras weighs every z equally (cₜ = 1/t), decays its variable y before the step, and "
        "rebuilds the previous average from y and the z it has just updated (Keras 3.15 on the "
        "torch backend). Its path therefore differs from PyTorch's even with the same settings."
    ),
    "th.variant.centered.title": "Variant: centered=True",
    "th.variant.centered": (
        "A moving average of the gradient itself, ḡ, is kept as well, and its square is subtracted "
        "under the root. The divisor then estimates the gradient's variance instead of its mean square, "
        "so a steady, consistent gradient is divided by less. d2l has no such option."
    ),
    "th.variant.rms_momentum.title": "Variant: momentum μ > 0",
    "th.variant.rms_momentum": (
        "A heavy-ball buffer b is added on top of the scaled gradient. PyTorch multiplies by η when "
        "stepping, Keras and TensorFlow 1 inside the buffer (the same path with a constant η)."
    ),
    "th.variant.amsgrad.title": "Variant: amsgrad=True",
    "th.variant.amsgrad": (
        "The step uses the largest v seen so far instead of the current v, so a coordinate's divisor "
        "never shrinks and a sudden drop in gradient size cannot cause an oversized step. TensorFlow 1 "
        "has no such option."
    ),
    "th.weight_decay_title": "Weight decay λ in each convention",
    "th.weight_decay_text": (
        "PyTorch, TensorFlow 1 and d2l add λx to the gradient before the optimizer sees it (an L2 "
        "penalty, “coupled”), so adaptive optimizers rescale it like the rest of the gradient. "
        "Keras 3 shrinks the weights directly before each step (“decoupled”), for every optimizer. "
        "AdamW is decoupled in every framework."
    ),
    "th.state": "State kept per parameter",
    "th.state.sgd": "None: each step uses only the current gradient.",
    "th.state.momentum": (
        "One buffer **b** (in Keras the velocity **v** = −ηb): the decaying sum of past gradients. "
        "One extra array the size of the parameters."
    ),
    "th.state.nesterov": "One buffer **b** (in Keras **v**), exactly as for Momentum.",
    "th.state.adagrad": (
        "One accumulator **s**: s₀ plus the sum of every squared gradient so far. It never decreases."
    ),
    "th.state.rmsprop": (
        "One mean square **s**. With centered=True also the mean gradient **ḡ**; with momentum μ > 0 "
        "also a buffer **b**: up to three arrays the size of the parameters."
    ),
    "th.state.adadelta": (
        "Two moving averages: **s** of squared gradients and **u** of squared updates."
    ),
    "th.state.adam": (
        "Two moments, **m** (mean gradient) and **v** (mean squared gradient), and the step count t "
        "for the bias correction. With amsgrad=True also **v_max**, the largest v so far."
    ),
    "th.state.adamw": (
        "As Adam: **m** and **v** (and **v_max** with amsgrad=True). The weight decay needs no state."
    ),
    "th.state.nadam": (
        "As Adam: **m** and **v**, plus the running product **Π** of the momentum factors μ "
        "(one number)."
    ),
    "th.state.radam": "As Adam: **m** and **v**, and the step count t that sets ρₜ.",
    "th.state.adamax": "**m** (mean gradient) and **u** (decaying maximum of |g|).",
    "th.state.lion": "One momentum **m**: half of Adam's memory.",
    "th.state.schedule_free_adamw": (
        "The base sequence **z**, the gradient point **y** and the mean square **v**, plus the "
        "sum of the averaging weights (one number); the point shown, x, is the average itself."
    ),
    "th.defaults": "Defaults per convention",
    "th.defaults_caption": (
        "Read from the engine, so they are exactly what the other pages run with. — means the framework "
        "has no such setting. The Playground starts each optimizer from its own η instead, chosen so "
        "that paths visibly move within a hundred steps."
    ),
    "th.absent": "—",
    "th.not_in_framework": "not offered",
    "th.true": "True",
    "th.false": "False",
    "th.col.hyper": "Hyperparameter",
    "th.col.keyword": "Engine keyword",
    "th.names": "Names across frameworks",
    "th.names_caption": (
        "The same hyperparameter under each framework's argument name (d2l: the book's symbol). "
        "The engine's keyword is on the left; — means the framework has no such argument."
    ),
    "th.avr": "AdaGrad vs RMSProp: a sum or a moving average",
    "th.avr_text": (
        "Both divide η by the square root of a running measure s of the squared gradients; they differ "
        "only in how s forgets. **AdaGrad** adds every g² to a sum, so s can only grow and the "
        "effective step η/(√s + ε) can only shrink: even a constant gradient shrinks it like 1/√t, and "
        "one burst of large gradients lowers it for the rest of the run. **RMSProp** keeps an "
        "exponential moving average instead: unrolled, the gradient from k steps back is weighted by "
        "γᵏ, and these weights add up to 1/(1 − γ), so s behaves like an average over roughly the "
        "last 1/(1 − γ) steps. It follows the recent size of the gradient, and the step grows back "
        "once the large gradients are past."
    ),
    "th.avr_sequence": "Gradient sequence",
    "th.sequence.constant": "Constant",
    "th.sequence.decaying": "Decaying",
    "th.sequence.burst": "A burst",
    "th.sequence.noise": "Noise",
    "th.avr_gamma": "RMSProp's decay γ",
    "th.seq.constant": (
        "constant: gₜ = 1 at every step. Nothing changes, yet AdaGrad's step keeps shrinking like 1/√t; "
        "RMSProp's starts larger (its s starts at 0) and settles at η."
    ),
    "th.seq.decaying": (
        "decaying: gₜ = 0.97ᵗ⁻¹, as when a run approaches a minimum. AdaGrad's sum converges, so its "
        "step freezes; RMSProp's mean square follows the gradient down, so its step grows and the "
        "distance it moves, step × g, stays near η."
    ),
    "th.seq.burst": (
        "burst: gₜ = 1, except 10 at steps 61 to 70. AdaGrad never forgets the burst; RMSProp's step "
        "drops during it and recovers within a few times 1/(1 − γ) steps."
    ),
    "th.seq.noise": (
        "noise: gₜ drawn from a standard normal distribution (fixed seed). AdaGrad's step shrinks "
        "steadily; RMSProp's fluctuates around η, since its s follows the noise's mean square (1)."
    ),
    "th.avr_setup": (
        "Both optimizers run on one parameter for {steps} steps in the PyTorch convention, with "
        "η = {lr:g} (ε = {eps_adagrad:g} for AdaGrad, {eps_rmsprop:g} for RMSProp); the gradient at "
        "step t is the sequence's gₜ, wherever x is. With γ = {gamma:g}, RMSProp remembers roughly "
        "the last 1/(1 − γ) ≈ {window:.3g} steps."
    ),
    "th.chart_gradient": "Gradient gₜ",
    "th.chart_effective": "Effective step size η / (√sₜ + ε), log scale",
    "th.avr_result": (
        "At step {steps} the effective step is {adagrad:.3g} for AdaGrad, **{adagrad_ratio:.3g}×** the "
        "smallest it has taken, and {rmsprop:.3g} for RMSProp, **{rmsprop_ratio:.3g}×** the smallest "
        "it has taken."
    ),
    "th.pitfalls": "Pitfalls when moving between frameworks",
    "th.pitfalls_intro": (
        "Same optimizer name, same hyperparameters, different numbers: three differences between the "
        "frameworks, each measured by the engine on one parameter with a constant gradient."
    ),
    "th.pit_eps": "Where ε goes",
    "th.pit_eps_text": (
        "PyTorch adds ε after the square root; Keras 3, TensorFlow 1 and d2l add it inside. For ordinary "
        "gradients the two give the same step. Once g² is comparable with ε, the root of ε is what "
        "counts: √(s + ε) is at least √ε, which is far larger than ε itself, so with the same η, γ and "
        "ε the step inside-the-root conventions take becomes much shorter. Watch the last column fall "
        "as the gradient shrinks."
    ),
    "th.pit_eps_setup": (
        "RMSProp with η = {lr:g}, γ = {gamma:g}, ε = {eps:g} in every convention, a constant gradient "
        "of the size in the first column; the step length |xₜ − xₜ₋₁| at step {steps}."
    ),
    "th.col.gradient": "Gradient g",
    "th.col.step_in": "Step length, {convention}",
    "th.col.ratio": "Keras 3 ÷ PyTorch",
    "th.pit_tf1": "TensorFlow 1's RMSProp starts its mean square at 1",
    "th.pit_tf1_text": (
        "tf.compat.v1.train.RMSPropOptimizer initialises s to 1, not 0. With gradients well below 1, s "
        "stays near 1 for a long time, so the first steps are about η·|g| long, where PyTorch's (and "
        "Keras 3's) are at least η. The gap only closes once γᵗ has decayed to about g², after roughly "
        "ln(1/g²)/(1 − γ) steps. Code ported from TensorFlow 1 may need a larger η, or more steps."
    ),
    "th.pit_tf1_setup": (
        "RMSProp with η = {lr:g}, γ = {gamma:g}, ε = {eps:g} in both conventions and a constant "
        "gradient g = {g:g}, for {steps} steps."
    ),
    "th.chart_step_length": "Step length |xₜ − xₜ₋₁|, log scale",
    "th.pit_tf1_result": (
        "Step 1: TensorFlow 1 moves **{tf1:.3g}**, PyTorch **{torch:.3g}**, {ratio:.0f} times as far. "
        "TensorFlow 1's steps first reach half of PyTorch's at step **{half}**."
    ),
    "th.pit_adam": "Keras's “ε-hat” Adam vs PyTorch's Adam",
    "th.pit_adam_text": (
        "Keras 3 and TensorFlow 1 fold Adam's bias corrections into the step size, "
        "η√(1 − β₂ᵗ)/(1 − β₁ᵗ), and add ε to the uncorrected √vₜ (the Adam paper mentions this "
        "form and calls that ε “ε-hat”). PyTorch and d2l correct v first and add ε to √v̂ₜ. Written "
        "in PyTorch's form, Keras's ε is ε/√(1 − β₂ᵗ): with β₂ = 0.999 about 32 times larger at "
        "step 1, still 1.26 times at step 1000. This matters only while √v is not much larger than "
        "ε, that is for tiny gradients, and then Keras's first steps are much shorter."
    ),
    "th.pit_adam_setup": (
        "Adam with η = {lr:g}, ε = {eps:g}, β₁ = 0.9, β₂ = 0.999 in both conventions and a constant "
        "gradient g = {g:g}, for {steps} steps (log step axis)."
    ),
    "th.col.step": "Step t",
    "th.col.effective_eps": "Keras's ε in PyTorch's form, ε/√(1 − β₂ᵗ)",
    "th.glance": "All optimizers at a glance",
    "th.col.optimizer": "Optimizer",
    "th.col.idea": "Idea",
    "th.col.state": "State per parameter",
    "th.col.strengths": "Strengths",
    "th.col.weaknesses": "Weaknesses",
    "th.col.when": "When to use it",
    "th.glance.sgd.idea": "Step against the gradient, scaled by η.",
    "th.glance.sgd.state": "none",
    "th.glance.sgd.strengths": "Simplest and cheapest; easy to analyse; with a tuned schedule it often generalises best.",
    "th.glance.sgd.weaknesses": "One η for every direction: slow along flat directions, unstable across steep ones; crawls on plateaus and near saddles.",
    "th.glance.sgd.when": "Convex and small problems, teaching, and large training runs with a tuned learning-rate schedule.",
    "th.glance.momentum.idea": "Step along a decaying sum of past gradients.",
    "th.glance.momentum.state": "b (1 array)",
    "th.glance.momentum.strengths": "Faster along directions where gradients agree; damps zig-zag across narrow valleys.",
    "th.glance.momentum.weaknesses": "One more knob (μ); can overshoot and circle around a minimum.",
    "th.glance.momentum.when": "The standard upgrade of SGD, e.g. μ = 0.9 for convolutional networks.",
    "th.glance.nesterov.idea": "Momentum, corrected by the gradient after the momentum step.",
    "th.glance.nesterov.state": "b (1 array)",
    "th.glance.nesterov.strengths": "Notices an overshoot one step earlier than momentum; usually a little faster and steadier.",
    "th.glance.nesterov.weaknesses": "Same knobs as momentum; the gain shrinks when gradients are noisy.",
    "th.glance.nesterov.when": "Wherever momentum would be used.",
    "th.glance.adagrad.idea": "Divide η, per coordinate, by the root of the sum of all past g².",
    "th.glance.adagrad.state": "s (1 array)",
    "th.glance.adagrad.strengths": "A step size per coordinate; rare features keep large steps; little tuning of η.",
    "th.glance.adagrad.weaknesses": "Steps only shrink, so long runs stall; one large gradient slows its coordinate for good.",
    "th.glance.adagrad.when": "Convex problems with sparse features (linear models, rare-word embeddings).",
    "th.glance.rmsprop.idea": "AdaGrad with a moving average of g² (a memory of about 1/(1 − γ) steps).",
    "th.glance.rmsprop.state": "s (1 array); + ḡ when centered, + b with momentum",
    "th.glance.rmsprop.strengths": "Per-coordinate steps that adapt both ways; copes with non-convex and changing problems and with any gradient scale.",
    "th.glance.rmsprop.weaknesses": "No bias correction: long first steps when s starts at 0, tiny ones under TensorFlow 1's s₀ = 1; ε placement and defaults differ by framework.",
    "th.glance.rmsprop.when": "Recurrent networks and reinforcement learning; whenever AdaGrad stalls.",
    "th.glance.adadelta.idea": "RMSProp with η replaced by the RMS of past updates.",
    "th.glance.adadelta.state": "s, u (2 arrays)",
    "th.glance.adadelta.strengths": "Updates in the units of x; hardly any learning rate to tune.",
    "th.glance.adadelta.weaknesses": "Slow start (u begins at 0, so the first steps are about √ε); seldom better than RMSProp or Adam today.",
    "th.glance.adadelta.when": "When an adaptive method without a learning rate to tune is wanted.",
    "th.glance.adam.idea": "Momentum (m) divided by an RMSProp scale (√v), both bias-corrected.",
    "th.glance.adam.state": "m, v (2 arrays); + v_max with AMSGrad",
    "th.glance.adam.strengths": "Works out of the box on most problems; about η per coordinate and step whatever the gradient's scale; handles noise and sparse gradients.",
    "th.glance.adam.weaknesses": "Two extra arrays; may generalise worse than tuned SGD; L2 weight decay gets rescaled; the ε convention differs (ε-hat).",
    "th.glance.adam.when": "The usual first choice for deep networks and quick experiments.",
    "th.glance.adamw.idea": "Adam, with weight decay applied to the weights directly.",
    "th.glance.adamw.state": "m, v (2 arrays), as Adam",
    "th.glance.adamw.strengths": "Weight decay that works as intended, independent of the gradient's scale; λ and η can be tuned separately; usually generalises better than Adam with L2.",
    "th.glance.adamw.weaknesses": "As Adam; λ means different things (PyTorch multiplies it by η, TensorFlow 1's contrib version does not).",
    "th.glance.adamw.when": "Training with weight decay: the standard for transformers and fine-tuning.",
    "th.glance.nadam.idea": "Adam with Nesterov's look-ahead on a rising momentum schedule.",
    "th.glance.nadam.state": "m, v (2 arrays) and one number Π",
    "th.glance.nadam.strengths": (
        "Often a little faster than Adam for the same η; the same robustness to the gradient's "
        "scale."
    ),
    "th.glance.nadam.weaknesses": (
        "One more schedule to know (ψ), and PyTorch and Keras use different ones."
    ),
    "th.glance.nadam.when": "Where Adam works and a small speed-up is welcome.",
    "th.glance.radam.idea": (
        "Adam that takes momentum steps until its variance estimate can be trusted."
    ),
    "th.glance.radam.state": "m, v (2 arrays)",
    "th.glance.radam.strengths": (
        "Steady first steps without a warm-up schedule; less sensitive to η than Adam early on."
    ),
    "th.glance.radam.weaknesses": (
        "The first steps are plain momentum steps of size η·m̂, which can be large; PyTorch only."
    ),
    "th.glance.radam.when": (
        "When Adam needs a warm-up to be stable and you would rather not tune one."
    ),
    "th.glance.adamax.idea": "Adam with a decaying maximum of |g| instead of a mean square.",
    "th.glance.adamax.state": "m, u (2 arrays)",
    "th.glance.adamax.strengths": (
        "Bounded steps (at most about η per coordinate); no bias correction for u."
    ),
    "th.glance.adamax.weaknesses": (
        "One large gradient shrinks the steps for a long time; seldom better than Adam."
    ),
    "th.glance.adamax.when": "Sparse or heavy-tailed gradients, e.g. embeddings.",
    "th.glance.lion.idea": "The sign of a momentum–gradient mix: every coordinate moves exactly η.",
    "th.glance.lion.state": "m (1 array)",
    "th.glance.lion.strengths": (
        "Half of Adam's memory; steps of known length; does well on large vision and language "
        "models."
    ),
    "th.glance.lion.weaknesses": (
        "Never settles exactly (steps stay η long); needs a smaller η and a larger λ than AdamW."
    ),
    "th.glance.lion.when": "Large models where optimizer memory matters.",
    "th.glance.schedule_free_adamw.idea": (
        "Adam steps on z; the point shown is the running average of z."
    ),
    "th.glance.schedule_free_adamw.state": "z, y, v (3 arrays) and one number",
    "th.glance.schedule_free_adamw.strengths": (
        "No schedule to design and no training length to fix in advance; often matches a tuned "
        "cosine schedule."
    ),
    "th.glance.schedule_free_adamw.weaknesses": (
        "The gradient is taken at y, not at the point shown, so the model must be evaluated at "
        "x; PyTorch and Keras weigh the average differently."
    ),
    "th.glance.schedule_free_adamw.when": (
        "When the number of steps is not known in advance, or to skip tuning a schedule."
    ),
    "th.refs": "References",
    "th.ref.tieleman": (
        "Tieleman, T. & Hinton, G. (2012). Lecture 6.5: rmsprop, divide the gradient by a running "
        "average of its recent magnitude. *Neural Networks for Machine Learning*, Coursera. "
        "[Slides](https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf)"
    ),
    "th.ref.duchi": (
        "Duchi, J., Hazan, E. & Singer, Y. (2011). Adaptive subgradient methods for online learning "
        "and stochastic optimization. *Journal of Machine Learning Research* 12, 2121–2159. "
        "[JMLR](https://jmlr.org/papers/v12/duchi11a.html)"
    ),
    "th.ref.zeiler": (
        "Zeiler, M. D. (2012). ADADELTA: an adaptive learning rate method. "
        "[arXiv:1212.5701](https://arxiv.org/abs/1212.5701)"
    ),
    "th.ref.kingma": (
        "Kingma, D. P. & Ba, J. (2015). Adam: a method for stochastic optimization. *ICLR 2015*. "
        "[arXiv:1412.6980](https://arxiv.org/abs/1412.6980)"
    ),
    "th.ref.loshchilov": (
        "Loshchilov, I. & Hutter, F. (2019). Decoupled weight decay regularization. *ICLR 2019*. "
        "[arXiv:1711.05101](https://arxiv.org/abs/1711.05101)"
    ),
    "th.ref.dozat": (
        "Dozat, T. (2016). Incorporating Nesterov momentum into Adam. *ICLR 2016 workshop*. "
        "[OpenReview](https://openreview.net/forum?id=OM0jvwB8jIp57ZJjtNEZ)"
    ),
    "th.ref.liu": (
        "Liu, L. et al. (2020). On the variance of the adaptive learning rate and beyond. *ICLR "
        "2020*. [arXiv:1908.03265](https://arxiv.org/abs/1908.03265)"
    ),
    "th.ref.chen": (
        "Chen, X. et al. (2023). Symbolic discovery of optimization algorithms. *NeurIPS 2023*. "
        "[arXiv:2302.06675](https://arxiv.org/abs/2302.06675)"
    ),
    "th.ref.defazio": (
        "Defazio, A. et al. (2024). The road less scheduled. *NeurIPS 2024*. "
        "[arXiv:2405.15682](https://arxiv.org/abs/2405.15682)"
    ),
    "th.ref.jordan": (
        "Jordan, K. et al. (2024). Muon: an optimizer for hidden layers in neural networks. "
        "[Blog post](https://kellerjordan.github.io/posts/muon/)"
    ),
    "th.ref.d2l": (
        "Zhang, A., Lipton, Z. C., Li, M. & Smola, A. J. *Dive into Deep Learning*, chapter 12: "
        "Optimization Algorithms. [d2l.ai](https://d2l.ai/chapter_optimization/index.html)"
    ),
    "nav.linear_regression": "Linear regression",
    "lr.title": "Linear regression: {optimizer} fits a line",
    "lr.lead": (
        "100 points scattered around the line y = 4 + 3x (the NumPy linear-regression tutorial's "
        "data, drawn by its own generator). The optimizer adjusts the intercept θ₀ and the slope θ₁ to minimize the mean "
        "squared error. Left: the data and the current line; right: θ's path on the error's "
        "contour. The defaults are the tutorial's: RMSProp, η = 0.1, γ = 0.9, ε = 10⁻⁸ inside the "
        "square root, 1,000 full-batch steps."
    ),
    "lr.batch_size": "Batch size (100 = full batch)",
    "lr.seed": "Seed (which points each mini-batch takes)",
    "lr.batch_size_help": "Smaller batches give noisy, cheaper gradients: mini-batch training.",
    "lr.decay": "Decay of η per step",
    "lr.decay_help": "η_t = η × decay^t; 1 keeps η constant, as the tutorial does.",
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
        "between two points about {half:g} on either side of the solution: the tutorial's answer, "
        "(4.1722, 2.9185), is one of them, 0.05 below (4.2222, 2.9685) in both coordinates."
    ),
    "lr.fix": "The fix is a decaying η, so the jumps shrink too:",
    "lr.fix_link": "Try η × 0.99 per step",
    "lr.decayed": "With η shrinking by ×{decay:g} per step, the final θ is {distance:.2g} from the least-squares solution.",
    "lr.mse_gap": "MSE(θₜ) − minimum",
    "lr.closeup": "Close-up around ★ (least squares): the last {n} steps",
    # issue 16.4: minibatch noise
    "lr.minibatch": "this batch",
    "lr.minibatch_loss": "its level sets",
    "lr.minibatch_minimum": "its minimum",
    "lr.minibatch_note": (
        "Purple: the mini-batch of step k ({b} of the 100 points, circled on the left) and its own "
        "loss on the right: its minimum ✕ and three level sets, one through θₖ₋₁ (where the step "
        "took its gradient), one twice and one half as wide. Each step draws another batch, so "
        "this bowl moves from frame to frame: the step goes downhill on it, not on the full loss "
        "behind it. That is the noise."
    ),
    "lr.noise_title": "Gradient noise against batch size",
    "lr.noise_batch_size": "batch size B",
    "lr.noise_variance": "E‖g_B − ∇MSE‖²",
    "lr.noise_least_squares": "measured at ★ (least squares)",
    "lr.noise_start": "measured at the start θ₀",
    "lr.noise_exact": "exact: σ²(n − B) / (B(n − 1))",
    "lr.noise_one_over_b": "σ²/B: the 1/B law",
    "lr.noise_zero": "B = {n}: no noise",
    "lr.noise_chosen": "B = {b} here",
    "lr.noise_caption": (
        "How far a mini-batch's gradient g_B lands from the full gradient ∇MSE, on average: "
        "E‖g_B − ∇MSE‖², measured over {draws:,} mini-batches per B, drawn as training draws "
        "them (B different points each). At ★ the full gradient is 0, so a step's whole gradient "
        "there is noise: it keeps constant-η mini-batch training from settling. At the start the "
        "noise is larger, and falls the same way. Drawn with replacement it would be σ²/B "
        "(σ²: the variance of a single point's gradient), the 1/B law: twice the batch, half the "
        "noise. The batches here take B different points of n = 100, which makes it exactly "
        "σ²(n − B)/(B(n − 1)): a little less than σ²/B, and 0 at B = n (a log axis cannot show 0)."
    ),
    "pg.formula": "Your f(x, y)",
    "pg.formula_help": (
        "Numbers, x, y, pi, e, + - * / and ** (or ^), parentheses, and sin cos tan exp log sqrt abs "
        "tanh sinh cosh arctan. Nothing you type is run as code. At most 300 characters."
    ),
    "pg.formula_bad": "{reason} Until it is fixed, the page draws the example {example}.",
    "formula.allowed": (
        "numbers, x, y, pi, e, + - * / ** (or ^), parentheses and the "
        "functions sin cos tan exp log (ln) sqrt abs tanh sinh cosh "
        "arctan (atan)"
    ),
    "formula.at": "At position {position}: ",
    "formula.err.not_text": "The formula must be text. Use {allowed}.",
    "formula.err.empty": "The formula is empty: write f(x, y) with {allowed}.",
    "formula.err.too_long": "The formula is {length} characters long; at most {maximum}.",
    "formula.err.character": "The character {char!r} is not allowed: use plain ASCII ({allowed}).",
    "formula.err.syntax": (
        "The formula cannot be read here (a missing bracket or operator?). Use {allowed}."
    ),
    "formula.err.too_deep": "The formula is nested too deeply.",
    "formula.err.undefined": "The formula is undefined everywhere (a division by zero?).",
    "formula.err.complex": "The formula has complex values; use real-valued expressions.",
    "formula.err.too_many_parts": "The formula is too long: at most {maximum} parts.",
    "formula.err.big_constant": "This constant is too large or undefined. Use {allowed}.",
    "formula.err.value": "The value {value} is not allowed. Use {allowed}.",
    "formula.err.big_number": "Numbers larger than {limit} are not allowed. Use {allowed}.",
    "formula.err.name": "The name {name!r} is not allowed. Use {allowed}.",
    "formula.err.call": "This call is not allowed. Use {allowed}.",
    "formula.err.function": "The function {name!r} is not allowed. Use {allowed}.",
    "formula.err.arguments": "{name} takes exactly one plain argument. Use {allowed}.",
    "formula.err.construct": "This kind of expression ({kind}) is not allowed. Use {allowed}.",
    "formula.err.big_exponent": "Exponents beyond ±{limit} are not allowed. Use {allowed}.",
    "formula.err.cannot_evaluate": "The formula leads to {function}, which cannot be evaluated.",
    "formula.err.other": "The formula cannot be used.",
    "hyper.err.boolean": "{name} must be on or off; got {value}.",
    "hyper.err.number": "{name} must be a number; got {value}.",
    "hyper.err.finite": "{name} must be a finite number; got {value}.",
    "hyper.err.positive": "{name} must be greater than 0; got {value}.",
    "hyper.err.unit_open": "{name} must be at least 0 and below 1; got {value}.",
    "hyper.err.unit_closed": "{name} must be between 0 and 1; got {value}.",
    "hyper.err.nonnegative": "{name} must be 0 or more; got {value}.",
    "hyper.err.whole": "{name} must be a whole number, 0 or more; got {value}.",
    "hyper.err.convention": (
        "{optimizer} has no {convention} version: that framework has no such optimizer. It is "
        "in {available}."
    ),
    "pg.example.quartic": "Quartic bowl",
    "pg.example.valley": "Narrow valley",
    "pg.example.plateau": "Plateau",
    "pg.example.cliff": "Cliff",
    "pg.x_min": "x from",
    "pg.x_max": "x to",
    "pg.y_min": "y from",
    "pg.y_max": "y to",
    "pg.domain_bad": "The plot domain needs x from < x to and y from < y to; using −2 to 2.",
    "preset.d2l_rmsprop": "The d2l textbook's RMSProp example: η 0.4, γ 0.9, 20 steps",
    "preset.adagrad_stalls": "AdaGrad stalls on the same ellipse (compare with the one above)",
    "preset.divergence": "η too large: SGD diverges in the Rosenbrock valley",
    "preset.saddle": "Escaping a saddle from just off its ridge",
    "preset.rosenbrock": "The Rosenbrock valley with Adam",
    "preset.rotated": "Rotated ellipse: per-coordinate steps lose their edge",
    "preset.himmelblau": "Himmelblau: which of the four minima?",
    "preset.lion": "Lion: every step is η long, whatever the gradient",
    "preset.schedule_free": "Schedule-free AdamW: the average settles while z keeps moving",
    "dg.title": "Diagnose this run",
    "dg.case": "Case",
    "dg.case_help": "Each case has its own link (…&case=…), so a teacher can hand out one case. The link does not give the answer away.",
    "dg.settings": "{optimizer} ({framework}), {hyper} · start ({x0}, {y0}) · {steps} steps",
    "dg.answer": "What went wrong?",
    "dg.check": "Check",
    "dg.next": "Next case",
    "dg.right": "Right!",
    "dg.wrong": "Not quite. The cause: {answer}",
    "dg.fixed_link": "Open the fixed run in the Playground",
    "dg.score": "Your score: {right} of {total} right",
    "dg.score_none": "Your score: no answers yet",
    "dg.file_error": "The case file cannot be used: {reason}",
    # issue 16.1: theory beside measurement
    "tm.title": "What theory predicts",
    "tm.quadratic": "f is quadratic, so its Hessian is the same everywhere and these numbers are exact. Its eigenvalues are the curvatures along the axes of the contour's ellipses; the minimum is at ({point}).",
    "tm.local": "f is not quadratic: these numbers use the Hessian at the minimum the run heads for, ({point}), and hold near it only (local).",
    "tm.beta_note": "Here μ names the smallest curvature, so the momentum (μ among the controls) is written β.",
    "tm.not_convex": "The curvatures are μ = {mu} and L = {L}: not both positive, so this point is no minimum (a saddle, or flat along one direction). There is no condition number and no best step size.",
    "tm.no_minimum": "Theory needs a minimum, and none was found near where this run ended.",
    "tm.edge": "Gradient descent converges only with η below this edge: beyond it, each step overshoots the steep direction by more than it started.",
    "tm.method.sgd": "Gradient descent: the best constant η",
    "tm.method.momentum": "Heavy ball: the best η and β",
    "tm.method.nesterov": "Nesterov: the classical choice",
    "tm.run_it": "Run {method}",
    "tm.own_heavy_ball": "With η = {lr} and β = {beta}, theory's rate is ρ = {rate}: the largest |z| with z² − (1 + β − ηλ) z + β = 0, for λ = μ = {mu} and λ = L = {L}.",
    "tm.own_nesterov": "With η = {lr} and β = {beta}, theory's rate is ρ = {rate}: the largest |z| with z² − (1 + β)(1 − ηλ) z + β (1 − ηλ) = 0, for λ = μ = {mu} and λ = L = {L}.",
    "tm.no_theory": "Theory gives no rate for these settings: an adaptive optimizer scales its step by the gradients' history, and weight decay, dampening, noise, clipping or a schedule change the map. The chart compares the run with gradient descent's best rate.",
    "tm.measured": "Measured: the distance to the minimum shrank by ρ ≈ {rate} per step (a fit over the second half of the run, before rounding's floor).",
    "tm.distance": "‖x_t − x*‖, measured",
    "tm.predicted_own": "theory, your settings: ρ = {rate}",
    "tm.predicted_best": "theory, best gradient descent: ρ = {rate}",
    "tm.chart_title": "Distance to the minimum, and the rates theory predicts",
    "tm.col.method": "Method",
    "tm.col.rate": "ρ per step",
    "tm.col.steps": "Steps to shrink {factor}×",
    "tm.short.sgd": "Gradient descent, best η",
    "tm.short.momentum": "Heavy ball, best η and β",
    "tm.short.nesterov": "Nesterov, classical",
    "tm.row.own": "Your settings",
    "tm.how": "How these numbers follow from μ and L",
    # issue 16.2: a fair race
    "cmp.tune": "Tune η for each (a fair race)",
    "cmp.tune_help": "Each optimizer runs the same {n} values of η (log-spaced from 10⁻⁴ to 10) and races with the one that scored best; its other settings stay as chosen.",
    "cmp.tune_by": "Score for tuning",
    "cmp.tune_by.final": "Final gap f(x_T) − f*",
    "cmp.tune_by.steps": "Steps to tolerance",
    "cmp.tuned_note.final": "Each optimizer ran the same {n} values of η, from {low} to {high}, for {steps} steps, and races with the η that ended lowest (the η in its name).",
    "cmp.tuned_note.steps": "Each optimizer ran the same {n} values of η, from {low} to {high}, and races with the η that first got within {tol} of the minimum (on a tie, or if none got there: the one that ended lowest). The η in each name is the one it got.",
    "cmp.tuning_curves": "Tuning curves: the score of every η tried",
    "cmp.tuning_title.final": "Final gap against η (ringed: the η raced)",
    "cmp.tuning_title.steps": "Steps to within {tol} against η (ringed: the η raced)",
}

# Language codes as they appear in links (?lang=zh-Hans) and their names in their own script.
LANGUAGES = {"en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文", "ko": "한국어"}
_CATALOG_MODULES = {"zh-Hans": ("ui.text_zh_hans", "ZH_HANS"), "zh-Hant": ("ui.text_zh_hant",
                    "ZH_HANT"), "ko": ("ui.text_ko", "KO")}  # fmt: skip
_current = threading.local()  # the language of the script run on this thread (one per session)


@functools.cache
def catalog(lang: str) -> dict[str, str]:
    """The catalog of ``lang`` (English for an unknown language)."""
    if lang not in _CATALOG_MODULES:
        return EN
    module, name = _CATALOG_MODULES[lang]
    return getattr(importlib.import_module(module), name)


def set_language(lang: str) -> None:
    """Called at the start of each script run (app.py): t() then speaks ``lang`` on this thread."""
    _current.lang = lang if lang in LANGUAGES else "en"


def current_language() -> str:
    return getattr(_current, "lang", "en")


def language_from_locale(locale: str | None) -> str:
    """The catalog for a browser's navigator.language: zh-CN → zh-Hans, zh-TW/HK/MO → zh-Hant."""
    tag = (locale or "").replace("_", "-").lower()
    if tag.startswith("zh"):
        traditional = ("zh-tw", "zh-hk", "zh-mo", "zh-hant")
        return "zh-Hant" if any(tag.startswith(t) for t in traditional) else "zh-Hans"
    if tag.startswith("ko"):
        return "ko"
    return "en"


def t(text_key: str, lang: str | None = None, **fields) -> str:
    """The text for ``text_key`` in ``lang`` (default: this run's language), fields filled in.
    A key missing from a translation falls back to English (the catalog test forbids that)."""
    text = catalog(lang or current_language()).get(text_key) or EN[text_key]
    return text.format(**fields) if fields else text


def animation_labels(lang: str | None = None) -> dict[str, str]:
    """The texts of the animated contour (ui.figures.animated_contour's ``labels``)."""
    keys = {"play": "pg.play", "pause": "pg.pause", "step": "pg.step", "x": "pg.axis_x",
            "y": "pg.axis_y", "minimum": "pg.minimum", "z": "pg.axis_z"}  # fmt: skip
    return {name: t(key, lang) for name, key in keys.items()}


def error_text(error: Exception, lang: str | None = None) -> str:
    """An engine or formula error in the user's language: ``FormulaError`` and
    ``HyperparameterError`` carry codes the catalogs translate; any other error keeps its text."""
    from optim_core import FormulaError, HyperparameterError

    if isinstance(error, FormulaError):
        fields = {**error.fields, "allowed": t("formula.allowed", lang)}
        key = f"formula.err.{error.code}"
        text = t(key if key in EN else "formula.err.other", lang, **fields)
        if error.position is not None:
            text = t("formula.at", lang, position=error.position + 1) + text
        return text
    if isinstance(error, HyperparameterError):
        name_key = f"pg.{error.name}"
        name = t(name_key, lang) if name_key in EN else error.name
        return t(f"hyper.err.{error.rule}", lang, name=name, value=f"{error.value!r}"[:30])
    return str(error)
