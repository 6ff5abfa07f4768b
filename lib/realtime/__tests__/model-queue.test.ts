import { describe, expect, it } from 'vitest';
import { createModelQueue, PRIORITY } from '../model-queue';

describe('model queue', () => {
  it('runs one job at a time, the most urgent first, in arrival order within a priority', async () => {
    const q = createModelQueue();
    const log: string[] = [];
    let active = 0;
    const job = (name: string) => async () => {
      active += 1;
      expect(active).toBe(1);
      log.push(name);
      await new Promise((r) => setTimeout(r, 1));
      active -= 1;
      return name;
    };
    const all = Promise.all([q.run(PRIORITY.refine, job('r1')), q.run(PRIORITY.embed, job('e1')), q.run(PRIORITY.first, job('f1')), q.run(PRIORITY.first, job('f2'))]);
    expect(await all).toEqual(['r1', 'e1', 'f1', 'f2']);
    expect(log).toEqual(['f1', 'f2', 'e1', 'r1']);
  });

  it('splits slow work into chunks so first labels that arrive meanwhile run after one chunk', async () => {
    const q = createModelQueue();
    const log: string[] = [];
    const embed = q.chunked(PRIORITY.embed, [1, 2, 3, 4, 5, 6], 2, async (c) => {
      log.push(`embed ${c.join(',')}`);
      // First labels arrive while the first chunk runs.
      if (c[0] === 1) void q.run(PRIORITY.first, async () => log.push('first'));
      return c.map((x) => x * 10);
    });
    expect(await embed).toEqual([10, 20, 30, 40, 50, 60]);
    expect(log).toEqual(['embed 1,2', 'first', 'embed 3,4', 'embed 5,6']);
    expect(q.pending).toBe(0);
  });

  it('a failing job rejects its caller only; the queue goes on', async () => {
    const q = createModelQueue();
    const bad = q.run(PRIORITY.first, async () => { throw new Error('model failed'); });
    const good = q.run(PRIORITY.first, async () => 'ok');
    await expect(bad).rejects.toThrow('model failed');
    expect(await good).toBe('ok');
  });
});
