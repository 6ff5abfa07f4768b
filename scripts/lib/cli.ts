/** Shared CLI plumbing for the offline commands (formats.md conventions). */
import { readFileSync } from 'node:fs';
import { parseCatalog, type Product } from '../../lib/catalog';
import type { InputLine } from '../../lib/suggest/offline/json-lines';

export class UsageError extends Error {}

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Reads a file named on the command line; a missing or unreadable file is a usage error naming it. */
export function readNamed(file: string, what: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} file ${file}: ${(e as Error).message}`);
  }
}

/** Writes results to stdout, bad lines to stderr as `line N: …`; returns the exit code. */
export function emit(lines: readonly InputLine[], out: readonly Record<string, unknown>[]): number {
  for (const l of lines) if (l.error) process.stderr.write(`line ${l.line}: ${l.error}\n`);
  process.stdout.write(out.map((o) => JSON.stringify(o)).join('\n') + (out.length ? '\n' : ''));
  return lines.some((l) => l.error) ? 1 : 0;
}

export function run(main: () => Promise<number>): void {
  main().then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`${e.message}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

/** A catalog named on the command line (CSV or JSON); bad rows are reported on stderr and skipped. */
export function loadCatalog(file: string | undefined): Product[] | undefined {
  if (!file) return undefined;
  const r = parseCatalog(readNamed(file, 'catalog'));
  if (r.fatal) throw new UsageError(`catalog file ${file}: ${r.fatal}`);
  for (const e of r.errors) process.stderr.write(`catalog ${file} line ${e.line}: ${e.message}\n`);
  return r.rows;
}
