import { describe, expect, it } from 'vitest';
import { ALERT_KINDS } from '../../alerts/types';
import { AUTHOR_ROLES, EVENT_KINDS } from '../../events/live-event';
import { RESOURCES } from '../../i18n/resources';
import { INTENTS, SENTIMENTS } from '../../ml/labels';
import { ATTRIBUTES } from '../../suggest/slots/attributes';

describe('side-panel strings', () => {
  it('name every attribute, intent, sentiment, role, event kind and alert in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const p = RESOURCES[lang].panel;
      for (const a of ATTRIBUTES) expect(p.attr, `${lang} attr.${a}`).toHaveProperty(a);
      for (const i of INTENTS) expect(p.feed.intents, `${lang} intent ${i}`).toHaveProperty(i);
      for (const s of SENTIMENTS) expect(p.feed.sentiments).toHaveProperty(s);
      for (const r of AUTHOR_ROLES) expect(p.feed.roles).toHaveProperty(r);
      for (const k of EVENT_KINDS) expect(p.feed.kinds).toHaveProperty(k);
      for (const k of ALERT_KINDS) expect(p.alerts, `${lang} alert ${k}`).toHaveProperty(k);
    }
  });
});
