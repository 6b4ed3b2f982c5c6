r"""'Explain step k': an optimizer's update in its convention, as LaTeX, with step k's numbers.

Each line is ``symbolic = substituted = result``, vectors written as (x, y) columns, so a student can
redo the step by hand. The numbers come from the trajectory's history (see optim_core.Trajectory).
"""

from __future__ import annotations

import numpy as np

from optim_core import Trajectory


def num(value: float) -> str:
    if not np.isfinite(value):
        return r"\text{NaN}" if np.isnan(value) else (r"\infty" if value > 0 else r"-\infty")
    text = f"{value:.5g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return rf"{mantissa}\times 10^{{{int(exponent)}}}"
    return text


def vec(values: np.ndarray) -> str:
    return r"\begin{pmatrix}" + r" \\ ".join(num(v) for v in np.ravel(values)) + r"\end{pmatrix}"


def denominator_symbol(convention: str, inner: str) -> str:
    return (
        rf"\sqrt{{{inner}}} + \varepsilon"
        if convention == "pytorch"
        else rf"\sqrt{{{inner} + \varepsilon}}"
    )


def explain_step(run: Trajectory, k: int, includes: str = "includes") -> list[str]:
    """LaTeX lines for step ``k`` (1 ≤ k ≤ steps) of a single-start-point run.

    ``includes`` is the word (from the text catalog) for "the gradient includes λx".
    """
    h = run.hyper
    name, convention = run.optimizer, run.convention
    g, x_prev, x_new = run.grads[k], run.points[k - 1], run.points[k]
    lr = run.lr[k]
    state = {key: (values[k - 1], values[k]) for key, values in run.state.items()}
    lines = [rf"g_{{{k}}} = \nabla f(x_{{{k - 1}}}) = {vec(g)}"]
    if h.get("weight_decay") and not (name == "adamw" or convention == "keras"):
        lines[0] += (
            rf"\quad(\text{{{includes} }} \lambda x_{{{k - 1}}},\ \lambda = {num(h['weight_decay'])})"
        )

    if name in ("rmsprop", "adadelta"):
        gamma = h["gamma"]
        s_prev, s_new = state["s"]
        lines.append(
            rf"s_{{{k}}} = \gamma s_{{{k - 1}}} + (1-\gamma) g_{{{k}}}^2 = {num(gamma)}{vec(s_prev)}"
            rf" + {num(1 - gamma)}{vec(g)}^2 = {vec(s_new)}"
        )
    if name == "adagrad":
        s_prev, s_new = state["s"]
        lines.append(
            rf"s_{{{k}}} = s_{{{k - 1}}} + g_{{{k}}}^2 = {vec(s_prev)} + {vec(g)}^2 = {vec(s_new)}"
        )
    if name == "rmsprop" and "g_bar" in state:
        lines.append(
            rf"\bar g_{{{k}}} = \gamma \bar g_{{{k - 1}}} + (1-\gamma) g_{{{k}}} = {vec(state['g_bar'][1])}"
        )
    if name in ("adagrad", "rmsprop"):
        inner = rf"s_{{{k}}} - \bar g_{{{k}}}^2" if "g_bar" in state else rf"s_{{{k}}}"
        eta = r"\eta_k" if name == "adagrad" and h.get("lr_decay") else r"\eta"
        lines.append(
            rf"\frac{{{eta}}}{{{denominator_symbol(convention, inner)}}} = {vec(run.effective_step[k])}"
            rf"\quad(\eta = {num(lr)},\ \varepsilon = {num(h['eps'])})"
        )
        if "b" in state:
            form = (
                rf"b_{{{k}}} = \mu b_{{{k - 1}}} + \frac{{g_{{{k}}}}}{{{denominator_symbol(convention, inner)}}}"
                if convention == "pytorch"
                else rf"b_{{{k}}} = \mu b_{{{k - 1}}} + \frac{{\eta\, g_{{{k}}}}}{{{denominator_symbol(convention, inner)}}}"
            )
            lines.append(rf"{form} = {vec(state['b'][1])}\quad(\mu = {num(h['momentum'])})")
            eta_factor = r"\eta " if convention == "pytorch" else ""
            update = rf"x_{{{k}}} = x_{{{k - 1}}} - {eta_factor}b_{{{k}}}"
            lines.append(rf"{update} = {vec(x_prev)} - {vec(x_prev - x_new)} = {vec(x_new)}")
        else:
            lines.append(
                rf"x_{{{k}}} = x_{{{k - 1}}} - \frac{{{eta}}}{{{denominator_symbol(convention, inner)}}} \odot g_{{{k}}}"
                rf" = {vec(x_prev)} - {vec(run.effective_step[k])} \odot {vec(g)} = {vec(x_new)}"
            )
    elif name == "adadelta":
        u_prev, u_new = state["u"]
        lines.append(
            rf"\Delta_{{{k}}} = \frac{{\sqrt{{u_{{{k - 1}}} + \varepsilon}}}}{{\sqrt{{s_{{{k}}} + \varepsilon}}}} g_{{{k}}}"
            rf" = {vec((x_prev - x_new) / lr)}\quad(u_{{{k - 1}}} = {vec(u_prev)})"
        )
        lines.append(
            rf"u_{{{k}}} = \gamma u_{{{k - 1}}} + (1-\gamma)\Delta_{{{k}}}^2 = {vec(u_new)}"
        )
        lines.append(
            rf"x_{{{k}}} = x_{{{k - 1}}} - \eta \Delta_{{{k}}} = {vec(x_prev)} - {num(lr)}"
            rf"{vec((x_prev - x_new) / lr)} = {vec(x_new)}"
        )
    elif name in ("adam", "adamw"):
        b1, b2 = h["beta1"], h["beta2"]
        m_prev, m_new = state["m"]
        v_prev, v_new = state["v"]
        if name == "adamw" and h.get("weight_decay"):
            lines.append(
                rf"x_{{{k - 1}}} \leftarrow (1 - \eta\lambda)\, x_{{{k - 1}}}\quad(\lambda = {num(h['weight_decay'])})"
            )
        lines.append(
            rf"m_{{{k}}} = \beta_1 m_{{{k - 1}}} + (1-\beta_1) g_{{{k}}} = {num(b1)}{vec(m_prev)} + {num(1 - b1)}{vec(g)} = {vec(m_new)}"
        )
        lines.append(
            rf"v_{{{k}}} = \beta_2 v_{{{k - 1}}} + (1-\beta_2) g_{{{k}}}^2 = {num(b2)}{vec(v_prev)} + {num(1 - b2)}{vec(g)}^2 = {vec(v_new)}"
        )
        if convention in ("keras", "tf1"):
            size = rf"\frac{{\eta\sqrt{{1-\beta_2^{{{k}}}}}}}{{(1-\beta_1^{{{k}}})(\sqrt{{v_{{{k}}}}} + \hat\varepsilon)}}"
        else:
            size = rf"\frac{{\eta}}{{(1-\beta_1^{{{k}}})\left(\sqrt{{v_{{{k}}}/(1-\beta_2^{{{k}}})}} + \varepsilon\right)}}"
        lines.append(rf"{size} = {vec(run.effective_step[k])}")
        lines.append(
            rf"x_{{{k}}} = x_{{{k - 1}}} - (\ldots) \odot m_{{{k}}} = {vec(x_new + (x_prev - x_new))} - {vec(run.effective_step[k])} \odot {vec(m_new)} = {vec(x_new)}"
        )
    elif name in ("momentum", "nesterov"):
        b_prev, b_new = state["b"]
        mu = h["momentum"]
        if convention == "keras":
            lines.append(
                rf"v_{{{k}}} = \mu v_{{{k - 1}}} - \eta g_{{{k}}} = {num(mu)}{vec(b_prev)} - {num(lr)}{vec(g)} = {vec(b_new)}"
            )
        else:
            lines.append(
                rf"b_{{{k}}} = \mu b_{{{k - 1}}} + g_{{{k}}} = {num(mu)}{vec(b_prev)} + {vec(g)} = {vec(b_new)}"
            )
        lines.append(
            rf"x_{{{k}}} = x_{{{k - 1}}} + \Delta x_{{{k}}} = {vec(x_prev)} + {vec(x_new - x_prev)} = {vec(x_new)}"
        )
    elif name == "sgd":
        lines.append(
            rf"x_{{{k}}} = x_{{{k - 1}}} - \eta g_{{{k}}} = {vec(x_prev)} - {num(lr)}{vec(g)} = {vec(x_new)}"
        )
    return lines
