/**
 * Every `bg:` handler of the worker, composed from each capability's part. Typed as the full
 * Handlers<BgProtocol>, so a message added to the protocol without a handler fails to compile here.
 */
import type { BgProtocol } from '../messaging/bg-protocol';
import type { Handlers } from '../messaging/handlers';
import { createQuestionQueue, type QuestionQueue } from '../suggest/queue/question-queue';
import { questionHandlers } from '../suggest/queue/handlers';
import type { EmbedFn } from '../suggest/group/pipeline';
import { createSummariser, summaryHandlers, type Summariser } from '../summary/store/handlers';
import { createAutoAnswer, type AutoAnswer } from '../faq/worker/auto-answer';
import { faqHandlers } from '../faq/worker/handlers';
import { tabChat } from '../faq/worker/sender';
import { getSettings } from '../settings/settings';
import { captureHandlers, type CaptureDeps } from './capture-handlers';
import { realtimeHandlers, type RealtimeDeps } from './realtime-handlers';
import { createRecommendService, type RecommendService } from '../recommend/worker/service';

export interface BgDeps extends CaptureDeps, RealtimeDeps {
  /** The live question queue; a fresh one (no embeddings) when not given. */
  questions?: QuestionQueue;
  embed?: EmbedFn;
  /** The summary's aggregation loop; a fresh one when not given. */
  summariser?: Summariser;
  /** The FAQ auto-answer; a fresh one when not given. */
  faq?: AutoAnswer;
  /** The next-product recommender's per-stream state; a fresh one when not given. */
  recommend?: RecommendService;
}

export function bgHandlers(deps: BgDeps): Handlers<BgProtocol> {
  const queue = deps.questions ?? createQuestionQueue({ db: deps.db, embed: deps.embed });
  const recommend = deps.recommend ?? createRecommendService(deps.db);
  return {
    ...captureHandlers(deps),
    ...questionHandlers({ db: deps.db, queue, now: deps.now, embed: deps.embed }),
    ...summaryHandlers(deps.summariser ?? createSummariser(deps.db)),
    ...realtimeHandlers(deps),
    'bg:recommend': ({ streamId }) => recommend.recommend(streamId, deps.now()),
    ...faqHandlers(deps.db, deps.faq ?? createAutoAnswer({ db: deps.db, embed: deps.embed, now: deps.now, chat: tabChat(deps.db), settings: getSettings })),
  };
}
