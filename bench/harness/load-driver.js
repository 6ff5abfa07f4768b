// Runs inside the benchmark's chat page: adds chat rows at a set rate from a queue the harness
// fills, records when each row entered the DOM (epoch ms), and trims the list as a live chat does.
(function () {
  const cfg = JSON.parse(document.getElementById('lc-load').textContent);
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const st = { items: [], times: [], sent: 0, running: false, done: false, startedAt: 0, endedAt: 0, maxTickMs: 0 };
  window.__load = st;
  const row = (it) => (cfg.templates[it.role] || cfg.templates.viewer).replace(cfg.marks.id, esc(it.id)).replace(cfg.marks.author, esc(it.author)).replace(cfg.marks.text, esc(it.text));
  st.enqueue = (items) => {
    for (const it of items) st.items.push(it);
    return st.items.length;
  };
  // The harness cuts a run short on a starved machine: no row after the ones already added.
  st.stop = () => {
    st.items.length = st.sent;
  };
  st.start = (rate) => {
    const container = document.querySelector(cfg.container);
    const t0 = performance.now();
    st.running = true;
    st.startedAt = performance.timeOrigin + t0;
    let last = t0;
    const tick = () => {
      const now = performance.now();
      st.maxTickMs = Math.max(st.maxTickMs, now - last);
      last = now;
      const due = Math.min(st.items.length, Math.floor(((now - t0) * rate) / 1000) + 1);
      if (due > st.sent) {
        let html = '';
        for (let i = st.sent; i < due; i++) html += row(st.items[i]);
        container.insertAdjacentHTML('beforeend', html);
        const at = performance.timeOrigin + performance.now();
        for (let i = st.sent; i < due; i++) st.times[i] = at;
        st.sent = due;
        // A burst probe (bench/profile-capture.ts) keeps every row, as a page that dumps them at once.
        if (!document.getElementById('lc-load').dataset.keep) while (container.children.length > cfg.maxRows) container.firstElementChild.remove();
      }
      if (st.sent < st.items.length) setTimeout(tick, 4);
      else {
        st.running = false;
        st.done = true;
        st.endedAt = performance.timeOrigin + performance.now();
      }
    };
    tick();
  };
})();
