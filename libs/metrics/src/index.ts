export { DEFAULT_CALL_METRIC_OPTIONS, callContribution, countedAt, type CallExtras, type CallMetricOptions } from './call-contribution.js';
export { ZERO_COUNTS, addCounts, subtractCounts, type CallCounts } from './call-counts.js';
export { SERVICE_LEVEL_DENOMINATORS, callFigures, type CallFigureOptions, type CallFigures, type ServiceLevelDenominator } from './call-figures.js';
export { countedCall, countsMoved, type CountedCounts } from './counted-call.js';
export { foldBatch, type FoldedBatch } from './fold-batch.js';
