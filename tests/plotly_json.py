"""Reading the figures the pages send: Plotly's typed arrays ({dtype, bdata, shape})."""

import base64

import numpy as np


def decoded(array: dict) -> np.ndarray:
    """A float32 typed array as NumPy (shaped when Plotly's form gives a shape: a heatmap's or a
    surface's z)."""
    values = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.float32)
    if "shape" in array:
        return values.reshape([int(n) for n in array["shape"].split(",")])
    return values
