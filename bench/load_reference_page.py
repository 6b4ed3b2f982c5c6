"""The reference for bench/load.py: about the least a Streamlit page can be and still be driven
the way load.py drives the Playground. A number of steps, bound to the link as the Playground's
is, and one Plotly chart of a gradient-descent path with that many steps (no contour, no frames,
no other element). load.py puts it under the same load as the app, on the same machine."""

import numpy as np
import streamlit as st

steps = st.number_input("Steps", 1, 5000, 150, key="steps", bind="query-params")
path = np.empty((steps + 1, 2))
path[0] = (-1.5, 2.0)
for t in range(steps):  # gradient descent on 0.1 x² + 2 y², η = 0.02
    path[t + 1] = path[t] - 0.02 * np.array([0.2, 4.0]) * path[t]
st.plotly_chart(
    {
        "data": [
            {
                "type": "scatter",
                "x": path[:, 0].tolist(),
                "y": path[:, 1].tolist(),
                "mode": "lines+markers",
                "name": f"path {steps}",  # what load.py's protocol clients look for
            }
        ]
    }
)
