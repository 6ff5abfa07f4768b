import { afterEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../../messaging/cs-protocol', () => ({ csMessaging: { sendMessage: (...a: unknown[]) => send(...a) } }));
const { copyDraft, insertDraft } = await import('../chat-actions');

afterEach(() => {
  send.mockReset();
  vi.unstubAllGlobals();
});

describe('the reply card\'s actions tell the host what to do, not the browser\'s words', () => {
  it('insert: inserted, unsupported, the page\'s own detail, no tab, and a page with no content script', async () => {
    send.mockResolvedValueOnce({ state: 'inserted' });
    expect(await insertDraft(7, 'hi')).toEqual({ kind: 'inserted' });
    expect(send).toHaveBeenCalledWith('cs:insert', { text: 'hi' }, 7);
    send.mockResolvedValueOnce({ state: 'unsupported' });
    expect(await insertDraft(7, 'hi')).toEqual({ kind: 'insertUnsupported' });
    send.mockResolvedValueOnce({ state: 'failed', detail: 'chat box is disabled' });
    expect(await insertDraft(7, 'hi')).toEqual({ kind: 'insertFailed', message: 'chat box is disabled' });
    expect(await insertDraft(undefined, 'hi')).toEqual({ kind: 'noTab' });
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await insertDraft(7, 'hi')).toEqual({ kind: 'pageNotConnected' });
    send.mockRejectedValueOnce(new Error('boom'));
    expect(await insertDraft(7, 'hi')).toEqual({ kind: 'insertFailed', message: 'boom' });
  });

  it('copy: copied, blocked by the browser (panel not focused), other failures', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError')).mockRejectedValueOnce(new Error('odd'));
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyDraft('a')).toEqual({ kind: 'copied' });
    expect(await copyDraft('a')).toEqual({ kind: 'copyBlocked' });
    expect(await copyDraft('a')).toEqual({ kind: 'copyFailed', message: 'odd' });
  });
});
