// Every dashboard query, one function per chart or panel. Each takes the database, the parsed
// Filters and its own options, and returns the response type of its /api endpoint.
export { reactionsOverTime, stanceOverTime, articleMarkers, type SeriesOptions } from './overview';
export { kpis, previousPeriod } from './kpis';
export { topicsSummary, topicSeries } from './topics';
export { storySummary, storyReaction, storySplits, storyTopEmoji, storyFilters } from './story';
export { storyThreads, type ThreadOptions } from './storyThreads';
export { storyExtremes, storyFlagged } from './storyComments';
export { storyVsSection } from './storyCompare';
export { emojiRanking, emojiOverTime, emojiByTopic } from './emoji';
export { commentsPage, parseSort, COMMENT_SORTS, type PageOptions } from './comments';
export { commentDetail } from './commentDetail';
export { facets, FACETS } from './facets';
export { parseGranularity } from './time';
export { aggregate, totals } from './aggregate';
export { queryEnv, schemaTooOld } from './env';
