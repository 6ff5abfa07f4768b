/**
 * Leak check: how many lines of the models' corpus splits the simulator also produces, by exact
 * text (lower-cased, spaces collapsed). Counts only; it prints no corpus text.
 *   npx tsx scripts/sim-overlap.ts [--seeds N]
 * Anyone training on simulator output (e.g. a distilled student) must drop the lines that equal a
 * test line; the simulator's templates are written apart from the corpus, but short lines ("price?",
 * "link?") occur in both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { simulateShop } from '../lib/sim';
import { arg, run } from './lib/cli';

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

run(async () => {
  const seeds = Number(arg('--seeds') ?? 10);
  const sim = new Set<string>();
  for (const lang of ['en', 'zh'] as const)
    for (let seed = 1; seed <= seeds; seed++)
      for (const s of simulateShop({ lang, minutes: 30, seed }).streams)
        for (const e of s.events) if (e.kind === 'comment' && e.author?.role === 'viewer') sim.add(norm(e.text ?? ''));
  for (const name of ['test.jsonl', 'test-v3.jsonl', 'dev.jsonl', 'train.jsonl']) {
    const file = `models/corpus/${name}`;
    if (!existsSync(file)) continue;
    const texts = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => norm(String((JSON.parse(l) as { text?: unknown }).text ?? ''))));
    let both = 0;
    for (const t of texts) if (sim.has(t)) both++;
    process.stdout.write(`${JSON.stringify({ split: name, lines: texts.size, alsoSimulated: both, share: Math.round((1000 * both) / texts.size) / 1000, simulatedDistinct: sim.size })}\n`);
  }
  return 0;
});
