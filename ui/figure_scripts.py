"""Small scripts for what Plotly inside ``st.plotly_chart`` does not do by itself. Each guards
itself (a page may draw it more than once) and watches the page for charts, new or redrawn.

Nothing here runs code from a user: the scripts are constants.
"""


def on_every_chart(
    name: str, handlers: dict[str, str], helpers: str = "", at_once: str = ""
) -> str:
    """A script that, once per page (``window.__<name>``), gives every Plotly chart on it, now
    and later (a rerun redraws them), the event ``handlers``: event name → the body of a
    function of ``plot`` (the chart) and ``event``. ``helpers`` are declared once before them;
    ``at_once`` (a body of ``plot``) runs for each chart as it is found, in case it was drawn
    before the script came."""
    listeners = "\n".join(
        f"""    if (!plot._ev.listeners("{event}").includes(plot.__{name}_{index})) {{
      plot.__{name}_{index} = (event) => {{
{body}
      }};
      plot.on("{event}", plot.__{name}_{index});
    }}"""
        for index, (event, body) in enumerate(handlers.items())
    )
    return f"""<script>
(() => {{
  if (window.__{name}) return;
  window.__{name} = true;
{helpers}
  const attach = (plot) => {{
    if (!plot._ev) return;
{listeners}
    if (plot.__{name}_seen) return;
    plot.__{name}_seen = true;
    (() => {{
{at_once}
    }})();
  }};
  const attachAll = () => document.querySelectorAll(".js-plotly-plot").forEach(attach);
  new MutationObserver(attachAll).observe(document.body, {{ childList: true, subtree: true }});
  attachAll();
}})();
</script>"""


# A clickable figure (``ui.figures.animation``, ``layout.meta.click``) has an invisible heatmap
# under its paths, so a click anywhere fires plotly_click; Streamlit listens for selections only.
# This reports the spot clicked, in data coordinates, as a selection (also for a tap, where
# Plotly fires no selection of its own).
CLICK_SCRIPT = on_every_chart(
    "clickSelects",
    {
        "plotly_click": """
        const source = event && event.event;
        if (!source || !event.points || !event.points.length) return;
        if (!((plot.layout || {}).meta || {}).click) return;
        const touch = String(source.type).startsWith("touch");
        const pointer = touch ? (source.changedTouches || source.touches)[0] : source;
        const area = plot.querySelector(".nsewdrag").getBoundingClientRect();
        const layout = plot._fullLayout;
        plot.emit("plotly_selected", { points: [{
          curveNumber: event.points[0].curveNumber, pointNumber: 0, pointIndex: 0,
          x: layout.xaxis.p2l(pointer.clientX - area.left),
          y: layout.yaxis.p2l(pointer.clientY - area.top),
        }] });"""
    },
)

# The figures' float32 typed arrays ({bdata}, ``ui.figures.encoding.typed_array``) as numbers, and
# where a path stands at a step (its last finite point up to it), for the scripts below.
FLOATS = """
  const floats = (array) => {
    if (array && array.bdata) {
      const bytes = Uint8Array.from(atob(array.bdata), (c) => c.charCodeAt(0));
      return new Float32Array(bytes.buffer);
    }
    return Float32Array.from(array || []);
  };
  // where a path stands at its point k: its last finite point up to k (none before the first)
  const headAt = (x, y, k) => {
    let last = Math.min(k, x.length - 1);
    while (last >= 0 && !(Number.isFinite(x[last]) && Number.isFinite(y[last]))) last--;
    return last >= 0 ? { x: [x[last]], y: [y[last]] } : { x: [], y: [] };
  };"""

# An animated contour (``ui.figures.animation``, ``layout.meta.step_frames``) sends its step frames
# with no coordinates: each path once, in its trace, and each arrow's every step once, in the
# meta. This fills every frame k in the browser: each path up to step k, where it stands at k,
# and the arrows of step k, as the frames used to be sent (a tenth of the bytes, and no frame
# encoded per rerun on the server). Frames already filled are left as they are (a live slider
# may have rewritten them); a figure whose frames are not in place yet is tried again shortly
# (an exported file adds its frames after its first draw).
STEP_FRAMES_SCRIPT = on_every_chart(
    "stepFrames",
    {"plotly_afterplot": "fillStepFrames(plot, 0);"},
    at_once="fillStepFrames(plot, 0);",
    helpers=FLOATS
    + """
  const fillStepFrames = (plot, attempt) => {
    const spec = ((plot.layout || {}).meta || {}).step_frames;
    const store = plot._transitionData;
    if (!spec) return;
    const frames = ((store && store._frames) || []).filter((f) => /^[0-9]+$/.test(f.name));
    if (!frames.length) {
      if (attempt < 100) setTimeout(() => fillStepFrames(plot, attempt + 1), 50);
      return;
    }
    const paths = [];
    for (let i = 0; i < spec.paths; i++) {
      paths.push({ x: floats(plot.data[i].x), y: floats(plot.data[i].y) });
    }
    const arrows = spec.arrows.map((arrow) => ({ x: floats(arrow.x), y: floats(arrow.y) }));
    for (const frame of frames) {
      if (frame.__filled) continue;
      const k = Number(frame.name);
      const lines = [], heads = [], moved = [];
      for (const { x, y } of paths) {
        lines.push({ type: "scatter", x: x.subarray(0, k + 1), y: y.subarray(0, k + 1) });
        heads.push({ type: "scatter", ...headAt(x, y, k) });
      }
      for (const { x, y } of arrows) {  // step k's arrow: from x[2k], y[2k] to x[2k+1], y[2k+1]
        const ends = [x[2 * k], x[2 * k + 1], y[2 * k], y[2 * k + 1]];
        moved.push(ends.every(Number.isFinite)
          ? { type: "scatter", x: ends.slice(0, 2), y: ends.slice(2) }
          : { type: "scatter", x: [null], y: [null] });  // a gap: its legend entry stays
      }
      const filled = [...lines, ...heads, ...moved];
      frame.data = [...filled, ...frame.data.slice(filled.length)];  // the click area as it is
      frame.__filled = true;
    }
  };""",
)

# A live slider (``ui.figures.animation.PathFamily``) shows each value's whole path through its own
# frames. After a move, the step frames are rewritten from the path shown (``layout.meta.family_
# steps`` says which step each of its points is), so ▶ Play and the step slider replay that path;
# the arrows of a step (the page's value's forces) are left out, and back with the page's value.
FAMILY_SCRIPT = on_every_chart(
    "liveSliders",
    {
        "plotly_sliderchange": """
        if (!event || !event.slider || event.slider.name !== "family") return;
        const meta = (plot.layout || {}).meta || {};
        const kept = meta.family_steps;
        const store = plot._transitionData;
        const shown = store && store._frameHash["family:" + event.step._index];
        if (!kept || !shown) return;
        const chosen = event.step._index === meta.family_chosen;
        const x = floats(shown.data[0].x);
        const y = floats(shown.data[0].y);
        for (const frame of store._frames) {
          if (!/^[0-9]+$/.test(frame.name)) continue;
          frame.__asSent = frame.__asSent || frame.data.slice();
          frame.data = frame.__asSent.slice();
          if (chosen) continue;  // the page's own value: the frames as sent, arrows and all
          const k = Number(frame.name);
          let count = 0;
          while (count < kept.length && kept[count] <= k) count++;
          frame.data[0] = { ...frame.data[0], x: x.subarray(0, count), y: y.subarray(0, count) };
          frame.data[1] = { ...frame.data[1], ...headAt(x, y, count - 1) };
          for (let i = 2; i < frame.data.length; i++) {  // a step's arrows: the page's value's
            const gap = { type: "scatter", x: [null], y: [null] };  // kept in the legend
            if (frame.data[i].type === "scatter") frame.data[i] = gap;
          }
        }"""
    },
    helpers=FLOATS,
)

# A 3-D figure (``ui.figures.surface3d``) draws its paths on a 2-D plot laid over the scene, so
# frames never redraw the slow WebGL scene. This lifts that plot over the scene and puts each path
# where the camera shows it: the
# step frames and what is shown now, computed from ``layout.meta.paths3d`` with the camera's own
# matrices, again after every draw of the scene that moved the camera (a turn, a zoom, a resize),
# also while it plays. Points behind the camera are left out.
#
# Plotly reports a turn but leaves the layout's camera as it was, so any later redraw (a resize,
# an annotation) would turn the scene back; the turn is written into the layout.
KEEP_TURN = """
        const camera = event && event["scene.camera"];
        if (!camera || !plot.layout) return;
        plot.layout.scene = { ...(plot.layout.scene || {}), camera };"""
LIFT_PATHS = """
        const scene = plot._fullLayout && plot._fullLayout.scene && plot._fullLayout.scene._scene;
        if (!scene || !scene.glplot || !((plot.layout || {}).meta || {}).paths3d) return;
        plot.classList.add("paths-over-scene");
        if (!scene.glplot.__projects) {
          const drawn = scene.glplot.onrender;
          scene.glplot.onrender = function () {
            if (drawn) drawn.apply(this, arguments);
            project(plot, scene);
          };
          scene.glplot.__projects = true;
        }
        project(plot, scene);"""
PROJECT_SCRIPT = on_every_chart(
    "projectPaths",
    {
        "plotly_relayouting": KEEP_TURN,
        "plotly_relayout": KEEP_TURN,
        "plotly_afterplot": LIFT_PATHS,
    },
    at_once=LIFT_PATHS,
    helpers=FLOATS
    + """
  // Plotly draws 2-D traces under the WebGL scene; these go over it, under the buttons and the
  // slider, and let every press through to the scene (to turn it)
  const style = document.createElement("style");
  style.textContent = `
    .paths-over-scene .svg-container > .main-svg:first-child { z-index: 1; }
    .paths-over-scene .svg-container > .main-svg:first-child * { pointer-events: none !important; }
    .paths-over-scene .svg-container > .main-svg:not(:first-child) { z-index: 2; }`;
  document.head.appendChild(style);
  const times = (a, b) => {  // 4 x 4, column-major, as WebGL's
    const out = new Array(16).fill(0);
    for (let column = 0; column < 4; column++)
      for (let row = 0; row < 4; row++)
        for (let k = 0; k < 4; k++) out[4 * column + row] += a[4 * k + row] * b[4 * column + k];
    return out;
  };
  const project = (plot, scene) => {
    const meta = (plot.layout || {}).meta || {};
    const store = plot._transitionData;
    const camera = scene.glplot.cameraParams;
    const scale = scene.dataScale;
    if (!meta.paths3d || !store || !camera || !scale) return;
    const seen = [camera.model, camera.view, camera.projection, scale].flat().join(",");
    if (plot.__projected === seen && plot.__projectedMeta === meta) return;
    plot.__projected = seen;
    plot.__projectedMeta = meta;
    const m = times(camera.projection, times(camera.view, camera.model));
    const paths = meta.paths3d.map((path) => {
      const x = floats(path.x), y = floats(path.y), z = floats(path.z);
      const across = new Float64Array(x.length), up = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) {
        const [a, b, c] = [x[i] * scale[0], y[i] * scale[1], z[i] * scale[2]];
        const w = m[3] * a + m[7] * b + m[11] * c + m[15];
        across[i] = w > 0 ? (m[0] * a + m[4] * b + m[8] * c + m[12]) / w : NaN;
        up[i] = w > 0 ? (m[1] * a + m[5] * b + m[9] * c + m[13]) / w : NaN;
      }
      return { across, up };
    });
    const upTo = (k) => {
      const lines = [], heads = [];
      for (const { across, up } of paths) {
        lines.push({ type: "scatter", x: Array.from(across.subarray(0, k + 1)),
                     y: Array.from(up.subarray(0, k + 1)) });
        heads.push({ type: "scatter", ...headAt(across, up, k) });
      }
      return [...lines, ...heads, { type: "surface" }];
    };
    let lastFrame = null;
    for (const frame of store._frames) {
      if (!/^[0-9]+$/.test(frame.name)) continue;
      frame.data = upTo(Number(frame.name));
      lastFrame = frame.name;
    }
    const queued = store._frameQueue || [];  // playing: the frames to come were copied at ▶
    for (const entry of queued) {
      if (!/^[0-9]+$/.test(entry.name)) continue;
      entry.frame = { ...entry.frame, data: upTo(Number(entry.name)) };
    }
    if (queued.length) return;  // and the next one shows the turn
    const shown = plot._fullLayout._currentFrame || lastFrame;
    if (shown == null) return;
    setTimeout(() => window.Plotly.animate(plot, [shown], {
      frame: { duration: 0, redraw: false }, transition: { duration: 0 }, mode: "immediate" }));
  };""",
)

# the scripts a figure needs, by the key of its ``layout.meta`` that asks for each
SCRIPTS_BY_META = {
    "step_frames": STEP_FRAMES_SCRIPT,
    "family_steps": FAMILY_SCRIPT,
    "paths3d": PROJECT_SCRIPT,
}
