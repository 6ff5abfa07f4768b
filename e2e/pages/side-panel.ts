import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/launch';

export interface FeedRowView {
  id: string;
  kind: string;
  author: string | null;
  text: string;
  labelled: boolean;
}

export interface QuestionGroupView {
  id: string;
  text: string;
  count: number;
  askers: number;
  open: boolean;
  answeredBy: string;
  sku: string;
}

export interface DraftView {
  text: string;
  facts: { source: string; field: string; value: string }[];
}

/** The host's side panel, opened as a tab that follows a given browser tab. */
export class SidePanelPage {
  private constructor(readonly page: Page) {}

  static async open(b: ExtensionBrowser, tabId?: number, size = { width: 520, height: 9000 }): Promise<SidePanelPage> {
    const page = await b.context.newPage();
    // Tall by default, so the virtualised feed renders every row of a demo replay.
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
    return new SidePanelPage(page);
  }

  /** The header's comment count reaches n (read from an attribute: any UI language). */
  async waitForComments(n: number, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction((want) => document.querySelector('[data-testid=comment-count]')?.getAttribute('data-count') === String(want), n, { timeout }).catch(async (e: unknown) => {
      const shown = await this.page.getAttribute('[data-testid=comment-count]', 'data-count').catch(() => null);
      throw new Error(`the panel shows ${shown} comments, not ${n}: ${e instanceof Error ? e.message : String(e)}`);
    });
  }

  async waitForRows(n: number, timeout = 30_000): Promise<void> {
    await this.page.waitForFunction((want) => document.querySelectorAll('[data-testid=feed-row]').length >= want, n, { timeout });
  }

  /** Every comment row the feed shows carries its labels (there is at least one). */
  async waitForCommentsLabelled(timeout = 120_000, want?: number): Promise<void> {
    await this.page.waitForFunction(
      (n) => {
        const rows = [...document.querySelectorAll('[data-testid=feed-row][data-kind=comment]')];
        const labelled = rows.filter((r) => r.querySelector('[data-testid=feed-labels]')).length;
        return n === null ? rows.length > 0 && labelled === rows.length : labelled === n;
      },
      want ?? null,
      { timeout, polling: 500 },
    );
  }

  rows(): Promise<FeedRowView[]> {
    return this.page.$$eval('[data-testid=feed-row]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-event-id') ?? '',
        kind: el.getAttribute('data-kind') ?? '',
        author: el.querySelector('[data-testid=feed-author]')?.textContent ?? null,
        text: el.querySelector('[data-testid=feed-text]')?.textContent ?? '',
        labelled: !!el.querySelector('[data-testid=feed-labels]'),
      })),
    );
  }

  async viewers(): Promise<number> {
    return Number(await this.page.getAttribute('[data-testid=viewer-count]', 'data-viewers'));
  }

  /** The capture state, and the page's own detail about it (capture's words). */
  async health(): Promise<{ state: string | null; text: string }> {
    const el = this.page.locator('[data-testid=capture-health]');
    return { state: await el.getAttribute('data-state'), text: (await el.getAttribute('data-detail')) ?? '' };
  }

  title(): Promise<string | null> {
    return this.page.textContent('[data-testid=stream-title]');
  }

  /** The question queue: open groups in the panel's order, then the answered ones. */
  questionGroups(): Promise<QuestionGroupView[]> {
    return this.page.$$eval('[data-testid=question-group]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-group-id') ?? '',
        text: el.querySelector('[data-testid=question-text]')?.textContent ?? '',
        count: Number(el.getAttribute('data-count')),
        askers: Number(el.getAttribute('data-askers')),
        open: el.getAttribute('data-open') === 'true',
        answeredBy: el.getAttribute('data-answered-by') ?? '',
        sku: el.getAttribute('data-sku') ?? '',
      })),
    );
  }

  /** Polls the queue until a group satisfies `pred` (the extension's CSP forbids evaluating code in its pages). */
  async waitForGroup(pred: (g: QuestionGroupView) => boolean, timeout = 120_000): Promise<QuestionGroupView> {
    const until = Date.now() + timeout;
    for (;;) {
      const hit = (await this.questionGroups()).find(pred);
      if (hit) return hit;
      if (Date.now() > until) throw new Error(`no question group matched within ${timeout} ms: ${JSON.stringify(await this.questionGroups())}`);
      await this.page.waitForTimeout(500);
    }
  }

  async selectGroup(id: string): Promise<void> {
    await this.page.click(`[data-testid=question-group][data-group-id="${id}"] .q-main`);
  }

  async markAnswered(id: string): Promise<void> {
    await this.page.click(`[data-testid=question-group][data-group-id="${id}"] [data-testid=mark-answered]`);
  }

  /** The reply card's drafts once it shows the group's (ready) drafts. */
  async drafts(groupId: string, timeout = 60_000): Promise<DraftView[]> {
    await this.page.waitForSelector(`[data-testid=reply-card][data-group-id="${groupId}"][data-state=ready]`, { timeout });
    return this.page.$$eval('[data-testid=reply-draft]', (els) =>
      els.map((el) => ({
        text: el.querySelector('[data-testid=draft-text]')?.textContent ?? '',
        facts: [...el.querySelectorAll('[data-testid=draft-fact]')].map((f) => ({
          source: f.getAttribute('data-source') ?? '',
          field: f.getAttribute('data-field') ?? '',
          value: f.getAttribute('data-value') ?? '',
        })),
      })),
    );
  }

  /** Presses a draft's Insert or Copy; returns the outcome the card reports. */
  async draftAction(index: number, action: 'insert' | 'copy'): Promise<string> {
    const draft = this.page.locator(`[data-testid=reply-draft][data-index="${index}"]`);
    await draft.locator(`[data-testid=draft-${action}]`).click();
    const note = draft.locator('[data-testid=draft-note]');
    // The note of an earlier action (e.g. "inserted") may still show: wait for this action's own outcome
    // (copy outcomes are copied / copyFailed / copyBlocked; every other outcome is an insert's).
    const mine = (o: string | null) => o !== null && o.startsWith('cop') === (action === 'copy');
    let outcome: string | null = null;
    await expect.poll(async () => mine((outcome = (await note.count()) ? await note.getAttribute('data-outcome') : null)), { timeout: 10_000 }).toBe(true);
    return outcome ?? '';
  }

  async pitching(): Promise<{ sku: string; source: string }> {
    const el = this.page.locator('[data-testid=now-pitching-section]');
    return { sku: (await el.getAttribute('data-sku')) ?? '', source: (await el.getAttribute('data-source')) ?? '' };
  }

  async setPitching(sku: string): Promise<void> {
    await this.page.selectOption('[data-testid=pitch-select]', sku);
    await this.page.waitForSelector(`[data-testid=now-pitching-section][data-sku="${sku}"]`);
  }

  /** The kinds of the alerts the strip shows. */
  async alerts(): Promise<string[]> {
    return ((await this.page.getAttribute('[data-testid=alerts]', 'data-kinds')) ?? '').split(' ').filter(Boolean);
  }

  lang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }
}
