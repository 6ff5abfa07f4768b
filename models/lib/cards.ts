/** Writes the model cards from measured results (never from hand-typed numbers). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportMarkdown, type Report } from './metrics';
import { ROOT } from './data';

export interface EvalResults {
  backend: string;
  testRows: number;
  intent: Record<string, Record<string, Report>>;
  sentiment: Record<string, Record<string, Report>>;
  lang: Record<string, Report>;
  uci: Record<string, Report>;
  extras: Record<string, object>;
  lexiconEps?: Record<string, number>;
  inferMsPerLine?: number;
}

const pct = (x: number | undefined): string => (100 * (x ?? 0)).toFixed(1);
const CARDS = join(ROOT, 'models', 'cards');

/** Hand-written card prose lives in <name>.intro.md; the measured sections are appended here. */
function intro(name: string): string {
  try {
    return readFileSync(join(CARDS, 'text', `${name}.intro.md`), 'utf8').trim();
  } catch {
    return `# ${name}`;
  }
}

function summaryTable(block: Record<string, Record<string, Report>>, slices: string[]): string {
  const names = Object.keys(block[slices[0] ?? 'all'] ?? {});
  const rows = ['| system | ' + slices.map((s) => `${s} macro-F1 | ${s} acc`).join(' | ') + ' |', '|---|' + slices.map(() => '---|---').join('|') + '|'];
  for (const n of names) rows.push(`| ${n} | ` + slices.map((s) => `${pct(block[s]?.[n]?.macroF1)} | ${pct(block[s]?.[n]?.accuracy)}`).join(' | ') + ' |');
  return rows.join('\n');
}

function detail(block: Record<string, Record<string, Report>>, slices: string[], systems: string[]): string {
  const out: string[] = [];
  for (const s of slices) for (const sys of systems) {
    const r = block[s]?.[sys];
    if (r) out.push(`### ${sys} — ${s} test lines\n\n${reportMarkdown(r)}\n`);
  }
  return out.join('\n');
}

export function writeCards(r: EvalResults): void {
  const slices = ['en', 'zh', 'mixed', 'all'];
  const cmd = 'Reproduce: `npm run models:train && npm run models:eval` (eval alone re-scores the shipped weights).';
  const head = (name: string): string => `${intro(name)}\n\n## Measured (frozen test split, ${r.testRows} lines; runtime backend ${r.backend})\n\n${cmd}\n\n`;
  writeFileSync(join(CARDS, 'intent.md'), `${head('intent')}${summaryTable(r.intent, slices)}\n\n${detail(r.intent, slices, Object.keys(r.intent.all ?? {}))}`);
  const lexNames = Object.keys(r.sentiment.all ?? {}).filter((k) => k !== 'model');
  // lexNames also holds the transformers.js contender; it is listed with the other systems.
  const eps = Object.entries(r.lexiconEps ?? {}).map(([k, v]) => `${k}: ${v}`).join('; ');
  const uci = Object.entries(r.uci).map(([k, v]) => `| ${k} | ${pct(v.accuracy)} | ${pct(v.macroF1)} | ${v.n} |`).join('\n');
  writeFileSync(
    join(CARDS, 'sentiment.md'),
    `${head('sentiment')}${summaryTable(r.sentiment, slices)}\n\nLexicon neutral bands (tuned on the dev split): ${eps}\n\n` +
      `## UCI Sentiment Labelled Sentences, test split (positive vs negative)\n\n| system | accuracy | macro-F1 | n |\n|---|---|---|---|\n${uci}\n\n` +
      `${reportMarkdown(r.uci.model as Report)}\n\n${detail(r.sentiment, slices, ['model', ...lexNames])}`,
  );
  writeFileSync(join(CARDS, 'language-routing.md'), `${head('language-routing')}${slices.map((s) => `### ${s}\n\n${reportMarkdown(r.lang[s] as Report)}\n`).join('\n')}`);
}
