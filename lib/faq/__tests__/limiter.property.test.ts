import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuthorRole, PlatformId } from '../../events/live-event';
import { decide, sendRecordOf, type FaqDecision } from '../decide';
import type { MatchOutcome } from '../match/matcher';
import { parseBannedList } from '../safety/banned-words';
import { DEFAULT_RATES, type LimiterConfig, type SendRecord } from '../safety/limiter';

const PLATFORMS: PlatformId[] = ['youtube', 'twitch', 'douyin'];
const NAMES = ['amy', 'bo', 'Chen', '小红', 'dave', 'Nightbot', 'MyShop'];
const ROLES: AuthorRole[] = ['viewer', 'viewer', 'viewer', 'member', 'vip', 'owner', 'moderator'];
const RULES = { bots: ['nightbot'], selfNames: ['myshop'] };
const ENTRIES = ['ship', 'price', 'returns', 'size'].map((id) => ({ id, lang: 'en' as const, questions: [`q ${id}`], answers: [`Answer about ${id}.`, `Another answer about ${id}.`], enabled: true }));

const outcome = (i: number): MatchOutcome => {
  const entry = ENTRIES[i]!;
  const c = { id: entry.id, confidence: 0.9, method: 'semantic' as const, question: entry.questions[0]! };
  return { lang: 'en', best: c, answer: { ...c, entry }, reason: null };
};

const arrival = fc.record({
  dt: fc.integer({ min: -20_000, max: 30_000 }), // the clock may jump back
  streamId: fc.integer({ min: 1, max: 2 }),
  platform: fc.constantFrom(...PLATFORMS),
  name: fc.constantFrom(...NAMES),
  role: fc.constantFrom(...ROLES),
  entry: fc.integer({ min: 0, max: ENTRIES.length - 1 }),
});
const limits = fc.record({
  globalMs: fc.integer({ min: 0, max: 10_000 }),
  userMs: fc.integer({ min: 0, max: 120_000 }),
  entryMs: fc.integer({ min: 0, max: 60_000 }),
  max: fc.integer({ min: 0, max: 6 }),
  windowMs: fc.integer({ min: 1_000, max: 90_000 }),
});

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

function run(arrivals: Of<typeof arrival>[], l: Of<typeof limits>, killSwitch = false) {
  const cfg: LimiterConfig = { globalMs: l.globalMs, userMs: l.userMs, entryMs: l.entryMs, rate: { ...DEFAULT_RATES, ...Object.fromEntries(PLATFORMS.map((p) => [p, { max: l.max, windowMs: l.windowMs }])) } };
  const history: SendRecord[] = [];
  const log: FaqDecision[] = [];
  let now = 1_700_000_000_000;
  arrivals.forEach((a, i) => {
    now += a.dt;
    const d = decide(
      { streamId: a.streamId, eventId: `e${i}`, platform: a.platform, ts: now, text: 'a question?', author: { name: a.name, role: a.role } },
      outcome(a.entry),
      { mode: 'auto', now, rules: RULES, banned: parseBannedList([]), killSwitch, maxAgeMs: 60_000, variant: i, recent: [], history, limits: cfg },
    );
    if (!d) throw new Error('every arrival here is a match and must be decided');
    log.push(d);
    if (d.status === 'queued') history.push(sendRecordOf(d));
  });
  return { cfg, log, sends: log.filter((d) => d.status === 'queued') };
}

describe('send limiter (property-based)', () => {
  it('never sends more than every limit allows, for any arrival pattern and clock', () => {
    fc.assert(
      fc.property(fc.array(arrival, { maxLength: 120 }), limits, (arrivals, l) => {
        const { cfg, sends } = run(arrivals, l);
        for (const [i, a] of sends.entries())
          for (const b of sends.slice(i + 1)) {
            const gap = Math.abs(a.ts - b.ts);
            expect(gap).toBeGreaterThanOrEqual(cfg.globalMs);
            if (a.streamId === b.streamId && a.asker!.toLowerCase() === b.asker!.toLowerCase()) expect(gap).toBeGreaterThanOrEqual(cfg.userMs);
            if (a.streamId === b.streamId && a.faqId === b.faqId) expect(gap).toBeGreaterThanOrEqual(cfg.entryMs);
          }
        for (const p of PLATFORMS) {
          const ts = sends.filter((s) => s.platform === p).map((s) => s.ts);
          // The busiest window of any position starts at one of the sends.
          for (const t of ts) expect(ts.filter((x) => x >= t && x < t + l.windowMs).length).toBeLessThanOrEqual(l.max);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never answers the host, a moderator, a known bot or itself', () => {
    fc.assert(
      fc.property(fc.array(arrival, { maxLength: 80 }), limits, (arrivals, l) => {
        const { log, sends } = run(arrivals, l);
        for (const s of sends) {
          const a = arrivals[Number(s.eventId.slice(1))]!;
          expect(['owner', 'moderator']).not.toContain(a.role);
          expect(['nightbot', 'myshop']).not.toContain(s.asker!.toLowerCase());
        }
        for (const [i, d] of log.entries()) {
          const a = arrivals[i]!;
          if (a.role === 'owner') expect(d).toMatchObject({ status: 'suppressed', reason: 'host' });
          else if (a.role === 'moderator') expect(d).toMatchObject({ status: 'suppressed', reason: 'moderator' });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('logs every match it does not send, with its reason', () => {
    fc.assert(
      fc.property(fc.array(arrival, { maxLength: 80 }), limits, fc.boolean(), (arrivals, l, kill) => {
        const { log } = run(arrivals, l, kill);
        expect(log).toHaveLength(arrivals.length);
        for (const d of log) {
          expect(['queued', 'suppressed']).toContain(d.status);
          if (d.status === 'suppressed') expect(d.reason).toBeTruthy();
          if (kill) expect(d.status).toBe('suppressed');
        }
      }),
      { numRuns: 200 },
    );
  });
});
