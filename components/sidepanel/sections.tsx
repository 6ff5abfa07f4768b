/**
 * The side panel's middle sections, in the order they show (between the strip and the live chat).
 * Other capabilities mount their section by adding one entry here (e.g. the FAQ auto-answer's
 * mode and approval queue after "reply", the next-product card after "reply"); each gets the
 * same context and keeps its own strings in its own i18n namespace.
 */
import type { ReactNode } from 'react';
import { FaqAnswers } from '@/components/faq/faq-answers';
import type { PitchRecord, ProductRecord, QuestionGroupRecord, StreamRecord } from '@/lib/db/schema';
import type { PanelCatalog, QueueView } from '@/lib/panel/use-question-queue';
import { NextProductCard } from './next-product-card';
import { NowPitching } from './now-pitching';
import { QuestionQueue } from './queue/question-queue';
import { ReplyCard } from './queue/reply-card';

export interface SectionContext {
  stream: StreamRecord & { id: number };
  /** The tab capturing the stream (cs: messages go there), if any. */
  tabId?: number;
  /** The stream's products (its linked catalog's) by sku. */
  catalog: Map<string, ProductRecord>;
  /** The stream's catalog link (lib/catalog/scope.ts). */
  scope: PanelCatalog;
  pitch: PitchRecord | null | undefined;
  queue: QueueView;
  /** The question group the reply card is about. */
  focused?: QuestionGroupRecord;
}

export interface PanelSection {
  id: string;
  /** i18n key (any namespace, e.g. 'recommend:title') of its title: with one, the host can fold it away. */
  title?: string;
  /** Shown beside the folded section's title (e.g. how many questions are open). */
  badge?(ctx: SectionContext): string | number;
  render(ctx: SectionContext): ReactNode;
}

export const SECTIONS: PanelSection[] = [
  { id: 'pitching', render: (c) => <NowPitching streamId={c.stream.id} scope={c.scope} pitch={c.pitch} /> },
  { id: 'queue', title: 'queue.heading', badge: (c) => c.queue.open.length, render: (c) => <QuestionQueue streamId={c.stream.id} view={c.queue} catalog={c.catalog} focused={c.focused?.groupId} /> },
  { id: 'reply', title: 'reply.heading', render: (c) => <ReplyCard streamId={c.stream.id} group={c.focused} tabId={c.tabId} /> },
  { id: 'next', title: 'recommend:title', render: (c) => <NextProductCard streamId={c.stream.id} eventCount={c.stream.eventCount} /> },
  { id: 'faq', title: 'faq:panel.heading', render: (c) => <FaqAnswers stream={c.stream} /> },
];
