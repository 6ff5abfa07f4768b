export * from './types';
export { createRecommender, createRecommenderFrom, streamSignals, type Recommender, type RecommenderOptions } from './recommender';
export { buildHistory, emptyHistory, type History } from './history';
export { reasonText } from './reasons';
export { DEFAULT_WEIGHTS } from './weights';
export { stockLeft, refOf } from './score';
