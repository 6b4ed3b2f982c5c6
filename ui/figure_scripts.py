"""Small scripts for what Plotly inside ``st.plotly_chart`` does not do by itself. Each guards
itself (a page may draw it more than once) and watches the page for charts, new or redrawn.

Nothing here runs code from a user: the scripts are constants.
"""

# A clickable figure (``ui.figures.animation``, ``layout.meta.click``) has an invisible heatmap
# under its paths, so a click anywhere fires plotly_click; Streamlit listens for selections only.
# This reports the spot clicked, in data coordinates, as a selection (also for a tap, where
# Plotly fires no selection of its own).
CLICK_SCRIPT = """<script>
(() => {
  if (window.__clickSelects) return;
  window.__clickSelects = true;
  const attach = (plot) => {
    const emitter = plot._ev;
    if (!emitter || emitter.listeners("plotly_click").includes(plot.__onClick)) return;
    plot.__onClick = (event) => {
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
      }] });
    };
    plot.on("plotly_click", plot.__onClick);
  };
  const attachAll = () => document.querySelectorAll(".js-plotly-plot").forEach(attach);
  new MutationObserver(attachAll).observe(document.body, { childList: true, subtree: true });
  attachAll();
})();
</script>"""


# A live slider (``ui.figures.animation.PathFamily``) shows each value's whole path through its own
# frames. After a move, the step frames are rewritten from the path shown (``layout.meta.family_
# steps`` says which step each of its points is), so ▶ Play and the step slider replay that path;
# the arrows of a step (the page's value's forces) are left out, and back with the page's value.
FAMILY_SCRIPT = """<script>
(() => {
  if (window.__liveSliders) return;
  window.__liveSliders = true;
  const floats = (array) => {
    if (array && array.bdata) {
      const bytes = Uint8Array.from(atob(array.bdata), (c) => c.charCodeAt(0));
      return new Float32Array(bytes.buffer);
    }
    return Float32Array.from(array || []);
  };
  const follow = (plot, event) => {
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
      for (let i = 2; i < frame.data.length; i++) {  // a step's arrows belong to the page's value
        const gap = { type: "scatter", x: [null], y: [null] };  // kept in the legend
        if (frame.data[i].type === "scatter") frame.data[i] = gap;
      }
    }
  };
  const attach = (plot) => {
    const emitter = plot._ev;
    if (!emitter || emitter.listeners("plotly_sliderchange").includes(plot.__onSlider)) return;
    plot.__onSlider = (event) => follow(plot, event);
    plot.on("plotly_sliderchange", plot.__onSlider);
  };
  const attachAll = () => document.querySelectorAll(".js-plotly-plot").forEach(attach);
  new MutationObserver(attachAll).observe(document.body, { childList: true, subtree: true });
  attachAll();
})();
</script>"""
