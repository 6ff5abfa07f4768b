/**
 * Simulated live-shopping streams of one shop (lib/sim), written as files:
 *   npm run sim -- --lang en|zh --minutes M --seed S [--streams K] [--catalog FILE] [--faq FILE]
 *                  [--products N] [--shop NAME] [--rate R] [--viewers X] [--lurkers SHARE] [--stats] --out DIR
 * writes DIR/stream-<k>.jsonl (event logs, k = 0…K-1), DIR/truth-<k>.json, DIR/catalog.csv, DIR/faq.json.
 * stdout: one JSON line per stream ({stream, events, comments, log, truth}, with --stats its measured
 * properties). Without --catalog the demo shop of --lang is used, or with --products N a generated
 * catalog of N products. Memory stays bounded: events and
 * truth go to disk as they are made, so an 8-hour stream at 50 msg/s is fine.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { catalogToCsv, faqToJson, parseCatalog, parseFaq, type FaqEntry, type Product } from '../lib/catalog';
import { shopSim, type CommentTruth, type SimOptions } from '../lib/sim';
import { streamStats } from '../lib/sim/stats';
import type { LogEvent } from '../lib/events/event-log';
import { arg, readNamed, run, UsageError } from './lib/cli';

const USAGE = 'usage: npm run sim -- --lang en|zh --minutes M --seed S [--streams K] [--catalog FILE] [--faq FILE] [--products N] [--shop NAME] [--rate MSG_PER_S] [--viewers SCALE] [--lurkers SHARE] [--stats] --out DIR';

function num(name: string, integer: boolean): number | undefined {
  const v = arg(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n) || (integer && !Number.isInteger(n))) throw new UsageError(`${name} must be a ${integer ? 'whole ' : ''}number, not ${JSON.stringify(v)}\n${USAGE}`);
  return n;
}

/** A catalog/FAQ file must be entirely valid: the simulator would otherwise quietly drop products. */
function strict<T>(file: string, what: string, r: { rows: T[]; errors: { line: number; message: string }[]; fatal?: string }): T[] {
  if (r.fatal) throw new UsageError(`${what} file ${file}: ${r.fatal}`);
  if (r.errors.length) throw new UsageError(`${what} file ${file} has bad rows:\n${r.errors.map((e) => `line ${e.line}: ${e.message}`).join('\n')}`);
  return r.rows;
}

/** Buffered line writer (one write per ~1 MB). */
function lineWriter(path: string) {
  const fd = openSync(path, 'w');
  let buf: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (buf.length) writeSync(fd, buf.join(''));
    buf = [];
    size = 0;
  };
  return {
    write(s: string): void {
      buf.push(s);
      size += s.length;
      if (size > 1 << 20) flush();
    },
    close(): void {
      flush();
      closeSync(fd);
    },
  };
}

run(async () => {
  const lang = arg('--lang');
  const out = arg('--out');
  if (!lang || !out) throw new UsageError(USAGE);
  if (lang !== 'en' && lang !== 'zh') throw new UsageError(`--lang must be en or zh, not ${JSON.stringify(lang)}\n${USAGE}`);
  const catalogFile = arg('--catalog');
  const faqFile = arg('--faq');
  const catalog: Product[] | undefined = catalogFile ? strict(catalogFile, 'catalog', parseCatalog(readNamed(catalogFile, 'catalog'))) : undefined;
  const skus = catalog ? new Set(catalog.map((p) => p.sku)) : undefined;
  const faq: FaqEntry[] | undefined = faqFile ? strict(faqFile, 'FAQ', parseFaq(readNamed(faqFile, 'FAQ'), skus)) : undefined;
  const opts: SimOptions = {
    lang,
    minutes: num('--minutes', false) ?? 30,
    seed: num('--seed', true) ?? 1,
    streams: num('--streams', true) ?? 1,
    rate: num('--rate', false),
    viewerScale: num('--viewers', false),
    lurkers: num('--lurkers', false),
    products: num('--products', true),
    ...(catalog ? { catalog, faq: faq ?? [] } : faq ? { faq } : {}),
    ...(arg('--shop') ? { shop: arg('--shop') } : {}),
  };
  const stats = process.argv.includes('--stats');
  let sim;
  try {
    sim = shopSim(opts);
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'catalog.csv'), catalogToCsv(sim.catalog));
  writeFileSync(join(out, 'faq.json'), faqToJson(sim.faq));
  for (let run = sim.nextStream(); run; run = sim.nextStream()) {
    const k = run.index;
    const logFile = join(out, `stream-${k}.jsonl`);
    const truthFile = join(out, `truth-${k}.json`);
    const log = lineWriter(logFile);
    const truth = lineWriter(truthFile);
    // Comments are written as they come (an 8-hour stream has over a million); the rest of the truth at the end.
    truth.write('{"comments":[\n');
    let events = 0;
    let comments = 0;
    // Only --stats keeps the stream in memory: its measures need all of it.
    const kept: LogEvent[] = [];
    const keptComments: CommentTruth[] = [];
    for (const it of run.items()) {
      log.write(`${JSON.stringify(it.event)}\n`);
      events++;
      if (stats) kept.push(it.event);
      if (it.comment) {
        truth.write(`${comments ? ',\n' : ''}${JSON.stringify(it.comment)}`);
        comments++;
        if (stats) keptComments.push(it.comment);
      }
    }
    const t = run.truth();
    truth.write(`\n],${JSON.stringify(t).slice(1)}\n`);
    truth.close();
    log.close();
    const line: Record<string, unknown> = { stream: k, events, comments, log: logFile, truth: truthFile };
    if (stats) line.stats = streamStats(kept, { ...t, comments: keptComments });
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
});
