/** Classification metrics for the model cards: per-class P/R/F1, macro-F1, accuracy, confusion. */

export interface ClassMetrics { label: string; precision: number; recall: number; f1: number; support: number }
export interface Report { n: number; accuracy: number; macroF1: number; perClass: ClassMetrics[]; confusion: number[][]; labels: string[] }

export function evaluate(gold: string[], pred: string[], labels: readonly string[]): Report {
  const idx = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  gold.forEach((g, i) => {
    const p = pred[i] ?? '';
    const gi = idx.get(g);
    const pi = idx.get(p);
    if (gi === undefined || pi === undefined) throw new Error(`unknown label ${g} / ${p}`);
    (confusion[gi] as number[])[pi] = ((confusion[gi] as number[])[pi] ?? 0) + 1;
    if (g === p) correct += 1;
  });
  // Macro-F1 over the classes present in gold, so a class absent from a slice does not count as 0.
  const perClass = labels.map((label, i) => {
    const tp = confusion[i]?.[i] ?? 0;
    const support = (confusion[i] ?? []).reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((s, row) => s + (row[i] ?? 0), 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  const present = perClass.filter((c) => c.support > 0);
  const macroF1 = present.reduce((s, c) => s + c.f1, 0) / (present.length || 1);
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, macroF1, perClass, confusion, labels: [...labels] };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export function reportMarkdown(r: Report): string {
  const lines = [`n = ${r.n}, accuracy ${pct(r.accuracy)}%, macro-F1 ${pct(r.macroF1)}`, '', '| class | precision | recall | F1 | support |', '|---|---|---|---|---|'];
  for (const c of r.perClass) lines.push(`| ${c.label} | ${pct(c.precision)} | ${pct(c.recall)} | ${pct(c.f1)} | ${c.support} |`);
  lines.push('', `Confusion (rows = gold, columns = predicted; order: ${r.labels.join(', ')}):`, '', '```');
  for (const [i, row] of r.confusion.entries()) lines.push(`${(r.labels[i] ?? '').padEnd(15)} ${row.map((v) => String(v).padStart(4)).join(' ')}`);
  lines.push('```');
  return lines.join('\n');
}
