"""The reference for bench_playground.py: a minimal Streamlit page that draws one contour and one
200-step animated gradient-descent path, recomputed when η changes. The contour grid is cached."""

import numpy as np
import plotly.graph_objects as go
import streamlit as st

LR_GRID = [round(0.01 * k, 2) for k in range(1, 61)]


@st.cache_data
def grid():
    xs, ys = np.linspace(-6, 6, 100), np.linspace(-3, 3, 100)
    x, y = np.meshgrid(xs, ys)
    return xs, ys, 0.1 * x**2 + 2 * y**2


lr = st.select_slider("η", options=LR_GRID, value=0.1, key="lr")
path = np.empty((201, 2))
path[0] = (-5.0, -2.0)
for t in range(200):
    x, y = path[t]
    path[t + 1] = (x - lr * 0.2 * x, y - lr * 4 * y)
xs, ys, z = grid()
figure = go.Figure(
    data=[go.Contour(x=xs, y=ys, z=z), go.Scatter(x=path[:, 0], y=path[:, 1], mode="lines")],
    frames=[
        go.Frame(data=[go.Scatter(x=path[: k + 1, 0], y=path[: k + 1, 1])], traces=[1])
        for k in range(201)
    ],
)
figure.update_layout(
    updatemenus=[
        {"type": "buttons", "buttons": [{"label": "Play", "method": "animate", "args": [None]}]}
    ]
)
st.plotly_chart(figure)
