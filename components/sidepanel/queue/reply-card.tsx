import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionGroupRecord } from '@/lib/db/schema';
import { copyDraft, insertDraft, type ActionOutcome } from '@/lib/panel/chat-actions';
import { useDrafts } from '@/lib/panel/use-drafts';
import type { Fact, ReplyDraft } from '@/lib/suggest/reply/types';

function FactChip({ fact }: { fact: Fact }) {
  const { t } = useTranslation('panel');
  const source = t(`reply.source.${fact.source}`);
  const name = fact.source === 'faq' ? fact.id : t(`reply.field.${fact.field ?? ''}`, { defaultValue: fact.field ?? '' });
  const value = String(fact.value);
  // FAQ answers and descriptions are sentences: name them, the full text is in the tooltip.
  const short = fact.source === 'faq' || fact.field === 'description' ? '' : ` ${value.replace(/\|/g, ', ')}`;
  return (
    <span className={`chip fact fact-${fact.source}`} data-testid="draft-fact" data-source={fact.source} data-field={fact.field ?? ''} data-value={value} title={`${source}: ${value}`}>
      {name}
      {short}
      <span className="fact-source"> · {source}</span>
    </span>
  );
}

function Draft({ draft, index, tabId }: { draft: ReplyDraft; index: number; tabId?: number }) {
  const { t } = useTranslation('panel');
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const note = outcome && (outcome.kind === 'copyFailed' || outcome.kind === 'insertFailed' ? t(`reply.${outcome.kind}`, { message: outcome.message }) : t(`reply.${outcome.kind}`));
  return (
    <li className="draft" data-testid="reply-draft" data-index={index}>
      <p className="draft-text" data-testid="draft-text" lang={draft.lang}>
        {draft.text}
      </p>
      <div className="draft-foot">
        <span className="facts">
          {draft.facts.map((f, i) => (
            <FactChip key={i} fact={f} />
          ))}
        </span>
        <span className="draft-actions">
          <button type="button" data-testid="draft-copy" onClick={() => void copyDraft(draft.text).then(setOutcome)}>
            {t('reply.copy')}
          </button>
          <button type="button" data-testid="draft-insert" title={t('reply.insertTitle')} onClick={() => void insertDraft(tabId, draft.text).then(setOutcome)}>
            {t('reply.insert')}
          </button>
        </span>
      </div>
      {note && (
        <p className={`draft-note note-${outcome!.kind}`} data-testid="draft-note" data-outcome={outcome!.kind} role="status">
          {note}
        </p>
      )}
    </li>
  );
}

/** Two or three grounded drafts for the focused question (lib/suggest), each with the facts it states. */
export function ReplyCard({ streamId, group, tabId }: { streamId: number; group?: QuestionGroupRecord; tabId?: number }) {
  const { t } = useTranslation('panel');
  const s = useDrafts(streamId, group);
  const drafts = s.state === 'ready' || s.state === 'loading' ? s.drafts : [];
  return (
    <section className="reply-card" data-testid="reply-card" data-state={s.state} data-group-id={group?.groupId ?? ''}>
      <div className="section-head">
        <h2>{t('reply.heading')}</h2>
        {group && (
          <span className="reply-for" lang={group.lang}>
            {t('reply.for', { question: group.text })}
          </span>
        )}
      </div>
      {!group && <p className="empty small">{t('reply.pick')}</p>}
      {s.state === 'loading' && !drafts.length && <p className="empty small">{t('reply.loading')}</p>}
      {s.state === 'failed' && <p className="error small">{t('reply.failed', { message: s.message })}</p>}
      {s.state === 'ready' && !drafts.length && <p className="empty small" data-testid="reply-none">{t('reply.none')}</p>}
      {drafts.length > 0 && (
        <ol className="drafts">
          {drafts.map((d, i) => (
            <Draft key={`${group?.groupId}:${i}:${d.text}`} draft={d} index={i} tabId={tabId} />
          ))}
        </ol>
      )}
    </section>
  );
}
