"""The figures pages draw, one module per kind, each built as a plain dict in Plotly's JSON form
(``encoding.FigureSpec``):

- ``encoding``: typed float32 arrays, value axes (readable log ticks);
- ``colors``: the palettes (Okabe & Ito's, colour-blind safe) and each run's colour;
- ``contour``: a surface as a contour image;
- ``animation``: paths across the contour, played by Plotly frames (Play, Pause, a step slider);
- ``rows``: the look inside an optimizer, rows on one step axis;
- ``lines``: runs over steps, and a sweep's final values;
- ``swarm``: maps over a grid of start points;
- ``regression``: the line fit on its data beside θ's path on the loss contour.
"""
