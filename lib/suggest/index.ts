/** lib/suggest: question detection, product/attribute slots, grouping, auto-answered, grounded drafts. */
export { isQuestion, looksLikeQuestion, isQuestionIntent, QUESTION_INTENTS } from './detect/question';
export { ATTRIBUTES, POLICY_ATTRIBUTES, detectAttribute, type Attribute } from './slots/attributes';
export { extractSlots, questionLang, type QuestionSlots, type QuestionLang, type SlotCatalog } from './slots/extract';
export { createGrouper, matchGroup, DEFAULT_GROUPING, type GroupState, type GroupingParams, type QuestionItem, type QuestionGrouper } from './group/grouper';
export { featurizeQuestions, groupQuestions, type EmbedFn, type QuestionInput, type GroupedQuestions } from './group/pipeline';
export { compareGroups, rankGroups, type Rankable } from './group/order';
export { groupsAnsweredBy, STAFF_ROLES, type StaffMessage, type OpenGroup } from './answered/auto-answered';
export { draftReplies, type DraftQuestion, type DraftContext } from './reply/drafts';
export { createFaqPicker, type FaqPicker } from './reply/faq-pick';
export { inventedFacts, type Invented, type GroundTruth } from './reply/checker';
export type { ReplyDraft, Fact } from './reply/types';
