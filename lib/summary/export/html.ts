/**
 * The self-contained HTML report: one file, styles inline, charts as data-URL images, no script at
 * all, and a Content-Security-Policy that forbids every request — it opens offline, anywhere, and
 * scraped chat text in it is only ever text (escaped here).
 */
export interface HtmlTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Shown instead of an empty table. */
  empty?: string;
}

export interface HtmlReportInput {
  lang: string;
  title: string;
  subtitle: string;
  metrics: [label: string, value: string][];
  charts: { title: string; image: string }[];
  tables: HtmlTable[];
  footer: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ESC[c]!);

/** Only inline raster images: anything else (a URL) would be a request. */
const isInlineImage = (src: string): boolean => /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(src);

const CSS = `
body{font:14px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:24px auto;max-width:1000px;padding:0 16px;color:#222}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}.sub{color:#666;margin:0 0 16px}
.metrics{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:8px}
.metric{border:1px solid #ddd;border-radius:6px;padding:8px}.metric b{display:block;font-size:18px}
.metric span{color:#666;font-size:12px}figure{margin:16px 0}figure img{max-width:100%;border:1px solid #eee}
figcaption{color:#555;font-size:13px;margin-bottom:4px}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}th{color:#555;font-weight:600}
footer{margin-top:32px;color:#888;font-size:12px}`;

export function htmlReport(r: HtmlReportInput): string {
  const metric = ([label, value]: [string, string]) => `<div class="metric"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
  const chart = (c: { title: string; image: string }) =>
    isInlineImage(c.image) ? `<figure><figcaption>${escapeHtml(c.title)}</figcaption><img alt="${escapeHtml(c.title)}" src="${c.image}"></figure>` : '';
  const table = (t: HtmlTable) =>
    `<h2>${escapeHtml(t.title)}</h2>` +
    (t.rows.length
      ? `<table><thead><tr>${t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${t.rows
          .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`
      : `<p class="sub">${escapeHtml(t.empty ?? '–')}</p>`);
  return `<!doctype html>
<html lang="${escapeHtml(r.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(r.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(r.title)}</h1>
<p class="sub">${escapeHtml(r.subtitle)}</p>
<div class="metrics">${r.metrics.map(metric).join('')}</div>
${r.charts.map(chart).join('\n')}
${r.tables.map(table).join('\n')}
<footer>${escapeHtml(r.footer)}</footer>
</body>
</html>
`;
}
