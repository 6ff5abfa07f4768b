import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FaqKillSwitch } from '@/components/faq/kill-switch';
import { ModelStatus } from '@/components/model-status';
import type { CurrentStream } from '@/lib/ui/use-current-stream';
import { compact } from '@/lib/ui/format';
import { HealthBadge } from './health-badge';

/** Which stream the panel follows, its audience and comment count, and whether capture and the models work. */
export const PanelHeader = memo(function PanelHeader({ current }: { current?: CurrentStream }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('panel');
  const stream = current?.stream;
  const title = stream ? `${t(`platform.${stream.platform}`, { defaultValue: stream.platform })} · ${stream.title ?? stream.roomKey}` : t('noStream');
  return (
    <header className="bar">
      <h1 data-testid="stream-title" title={title}>
        {title}
      </h1>
      <span className="viewers" data-testid="viewer-count" data-viewers={stream?.lastViewers ?? ''} title={tp('header.viewers')}>
        👁 {compact(stream?.lastViewers)}
      </span>
      <span data-testid="comment-count" data-count={stream?.commentCount ?? 0}>
        {t('comments', { count: stream?.commentCount ?? 0 })}
      </span>
      <HealthBadge health={current?.health} />
      <ModelStatus />
      <FaqKillSwitch />
      {current?.fallback && <span className="chip">{t('followingLatest')}</span>}
    </header>
  );
});
