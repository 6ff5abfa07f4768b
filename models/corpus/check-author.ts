/**
 * Checks an author file (models/corpus/authors/<id>.ts) against LABELLING.md's format: every intent
 * present, every entry "<p|0|n>|text" with known slots only, no duplicates, rules that fix sentiment.
 * Run: npx tsx models/corpus/check-author.ts models/corpus/authors/<id>.ts
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INTENTS, type Intent } from '../../lib/ml/labels';

const SLOTS = new Set(['p', 'n', 'c', 's', 'm', 'city', 'q', 'host']);
const FIXED: Partial<Record<Intent, string>> = { complaint: 'n', praise: 'p', spam: '0' };

export function checkTable(name: string, table: Record<string, string[]> | undefined): string[] {
  if (!table) return [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const key of Object.keys(table)) if (!(INTENTS as readonly string[]).includes(key)) errors.push(`${name}: unknown intent "${key}"`);
  for (const intent of INTENTS) {
    const list = table[intent];
    if (!Array.isArray(list)) {
      errors.push(`${name}.${intent}: missing`);
      continue;
    }
    for (const entry of list) {
      const m = /^([p0n])\|(.+)$/s.exec(entry);
      if (!m) {
        errors.push(`${name}.${intent}: bad entry ${JSON.stringify(entry)} (want "<p|0|n>|text")`);
        continue;
      }
      const [, s, text] = m as unknown as [string, string, string];
      for (const slot of text.matchAll(/\{(\w*)\}/g)) if (!SLOTS.has(slot[1] ?? '')) errors.push(`${name}.${intent}: unknown slot {${slot[1]}} in ${JSON.stringify(entry)}`);
      if (FIXED[intent] && FIXED[intent] !== s) errors.push(`${name}.${intent}: sentiment must be ${FIXED[intent]} in ${JSON.stringify(entry)}`);
      const key = text.toLowerCase().trim();
      if (seen.has(key)) errors.push(`${name}.${intent}: duplicate ${JSON.stringify(text)}`);
      seen.add(key);
    }
  }
  return errors;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: check-author.ts <file>');
  const mod = (await import(pathToFileURL(resolve(file)).href)) as { LINES?: Record<string, string[]>; MIXED?: Record<string, string[]> };
  if (!mod.LINES) throw new Error(`${file} does not export LINES`);
  const errors = [...checkTable('LINES', mod.LINES), ...checkTable('MIXED', mod.MIXED)];
  const count = (t?: Record<string, string[]>): string => INTENTS.map((i) => `${i} ${t?.[i]?.length ?? 0}`).join(', ');
  process.stdout.write(`LINES: ${count(mod.LINES)}\n`);
  if (mod.MIXED) process.stdout.write(`MIXED: ${count(mod.MIXED)}\n`);
  for (const e of errors) process.stdout.write(`error: ${e}\n`);
  process.exit(errors.length ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
