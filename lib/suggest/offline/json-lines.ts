/** formats.md's input convention: JSON lines, blank lines skipped, each bad line kept with its number. */
export interface InputLine {
  /** 1-based line number in the file. */
  line: number;
  raw: string;
  value: Record<string, unknown> | null;
  error: string | null;
}

export function readJsonLines(text: string, check: (v: Record<string, unknown>) => string | null): InputLine[] {
  const out: InputLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      out.push({ line: i + 1, raw, value: null, error: 'not JSON' });
      return;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      out.push({ line: i + 1, raw, value: null, error: 'not a JSON object' });
      return;
    }
    const o = v as Record<string, unknown>;
    const problem = check(o);
    out.push({ line: i + 1, raw, value: problem ? null : o, error: problem });
  });
  return out;
}

/** The output line for a bad input line: the input echoed back with "error" (or {raw, error}). */
export function errorLine(l: InputLine): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(l.raw);
    if (v && typeof v === 'object' && !Array.isArray(v)) return { ...(v as Record<string, unknown>), error: l.error };
  } catch {
    // not JSON: echoed as a string
  }
  return { raw: l.raw, error: l.error };
}
