/** Scores FAQ auto-answer decisions against the labelled lines (pure). */
export interface EvalLine {
  shop: string;
  text: string;
  lang: 'en' | 'zh';
  /** The entry that answers it, or null when nothing may be answered. */
  expect: string | null;
  kind: 'paraphrase' | 'same-topic' | 'statement' | 'complaint' | 'other-topic';
  author?: string;
}

export interface EvalScore {
  /** Answerable lines answered with the right entry (a missing answer counts as wrong). */
  top1: number;
  n: number;
  byLang: { en: number; zh: number };
  /** Lines that match no entry but got a reply. */
  falseAnswerRate: number;
}

export interface ScoreDetail {
  score: EvalScore;
  /** Per kind: lines, and how many were handled right. */
  byKind: Record<string, { n: number; right: number }>;
  errors: { line: EvalLine; got: string | null; why: string }[];
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10000) / 10000 : 0);

export function scoreAnswers(lines: readonly EvalLine[], got: readonly { id: string | null; why: string }[]): ScoreDetail {
  const byKind: ScoreDetail['byKind'] = {};
  const errors: ScoreDetail['errors'] = [];
  const pos = { en: [0, 0], zh: [0, 0] };
  let neg = 0;
  let falseAnswers = 0;
  lines.forEach((l, i) => {
    const g = got[i] ?? { id: null, why: 'missing' };
    const right = l.expect === null ? g.id === null : g.id === l.expect;
    const k = (byKind[l.kind] ??= { n: 0, right: 0 });
    k.n += 1;
    if (right) k.right += 1;
    else errors.push({ line: l, got: g.id, why: g.why });
    if (l.expect === null) {
      neg += 1;
      if (g.id !== null) falseAnswers += 1;
    } else {
      pos[l.lang][1]! += 1;
      if (right) pos[l.lang][0]! += 1;
    }
  });
  const [enR, enN] = pos.en as [number, number];
  const [zhR, zhN] = pos.zh as [number, number];
  return {
    score: { top1: ratio(enR + zhR, enN + zhN), n: lines.length, byLang: { en: ratio(enR, enN), zh: ratio(zhR, zhN) }, falseAnswerRate: ratio(falseAnswers, neg) },
    byKind,
    errors,
  };
}
