"""Small scripts for what Plotly inside ``st.plotly_chart`` does not do by itself. Each guards
itself (a page may draw it more than once) and watches the page for charts, new or redrawn.

Nothing here runs code from a user: the scripts are constants.
"""


def on_every_chart(name: str, handlers: dict[str, str], helpers: str = "") -> str:
    """A script that, once per page (``window.__<name>``), gives every Plotly chart on it, now
    and later (a rerun redraws them), the event ``handlers``: event name → the body of a
    function of ``plot`` (the chart) and ``event``. ``helpers`` are declared once before them."""
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
          let last = count - 1;
          while (last >= 0 && !(Number.isFinite(x[last]) && Number.isFinite(y[last]))) last--;
          frame.data[0] = { ...frame.data[0], x: x.subarray(0, count), y: y.subarray(0, count) };
          frame.data[1] = { ...frame.data[1], x: last >= 0 ? [x[last]] : [],
                            y: last >= 0 ? [y[last]] : [] };
          for (let i = 2; i < frame.data.length; i++) {  // a step's arrows: the page's value's
            const gap = { type: "scatter", x: [null], y: [null] };  // kept in the legend
            if (frame.data[i].type === "scatter") frame.data[i] = gap;
          }
        }"""
    },
    helpers="""
  const floats = (array) => {
    if (array && array.bdata) {
      const bytes = Uint8Array.from(atob(array.bdata), (c) => c.charCodeAt(0));
      return new Float32Array(bytes.buffer);
    }
    return Float32Array.from(array || []);
  };""",
)

# A 3-D figure redraws its whole scene in every frame (``ui.figures.surface3d``), from its layout's
# camera: a turn by the user snapped back when Play was pressed. This writes each turn into the
# layout the frames redraw from, so the scene plays from where it was turned. (A drag made while
# it plays is still undone by the next frame: Plotly resets the camera before the drag applies.)
KEEP_TURN = """
        const camera = event && event["scene.camera"];
        if (!camera || !plot.layout) return;
        plot.layout.scene = { ...(plot.layout.scene || {}), camera };"""
CAMERA_SCRIPT = on_every_chart(
    "keepCamera", {"plotly_relayouting": KEEP_TURN, "plotly_relayout": KEEP_TURN}
)
