// Response shapes of every /api endpoint, also returned by the query functions the pages' load
// functions call directly. Browser-safe. Times are ISO-8601 UTC strings ("2026-05-01T12:00:00Z");
// bucket starts of day/week/month granularity are "YYYY-MM-DD" days (weeks start on Monday).
import type { SentimentLabel, StanceLabel, CommentStatus, SentimentEvidence } from './types';

export type Granularity = 'hour' | 'day' | 'week' | 'month';

/** Carried by every response: what was asked, how many comments it covers, how it was answered. */
export interface ResponseMeta {
	/** The canonical filter query string (filtersToParams), without the endpoint's own options. */
	query: string;
	/** "2,314 comments on 'Ceasefire talks' since 1 May 2026, negative sentiment" */
	description: string;
	/** Comments the filters select (reader comments: visible, type comment). */
	n: number;
	/** Of those, comments without their own timestamp, counted at their article's publication time. */
	untimed: number;
	/** Of those, comments with no time at all (no timestamp, article undated): left out of time charts. */
	undated: number;
	/** 'rollup' when answered from rollup tables, 'raw' when from the comments themselves. */
	source: 'rollup' | 'raw';
	/** When the rollups were last refreshed, and whether comments arrived since (an ingest running). */
	rollupsAt: string | null;
	stale: boolean;
}

/** Counts per sentiment label; `untagged` = not yet tagged by `murmur tag`. */
export interface SentimentCounts {
	positive: number;
	neutral: number;
	negative: number;
	unscored: number;
	untagged: number;
}

export interface StanceCounts {
	favor: number;
	against: number;
	neutral: number;
	none: number;
	untagged: number;
}

/** Mean sentiment score (-1..1) of scored comments with a 95% interval; null when none are scored. */
export interface MeanSentiment {
	mean: number | null;
	lo: number | null;
	hi: number | null;
	/** Comments that contributed a score (positive, neutral or negative label). */
	scored: number;
}

export interface TimeBucket extends MeanSentiment {
	/** Bucket start: "YYYY-MM-DDTHH:00:00Z" for hours, "YYYY-MM-DD" otherwise. */
	t: string;
	n: number;
	sentiment: SentimentCounts;
	stance: StanceCounts;
	untimed: number;
	/** n < 5: too few to mean anything; charts grey it out. */
	sparse: boolean;
}

// GET /api/overview/volume  and  /api/overview/stance (same shape; stance view reads .stance)
export interface VolumeResponse {
	meta: ResponseMeta;
	granularity: Granularity;
	/** True when granularity was chosen from the span rather than given. */
	autoGranularity: boolean;
	/** First and last bucket start; null when there is no dated comment. */
	from: string | null;
	to: string | null;
	/** Every bucket between from and to, empty ones included (n = 0). */
	buckets: TimeBucket[];
	/** Stance targets among the selected comments, most frequent first (at most 20). */
	targets: { target: string; n: number }[];
}

// GET /api/overview/articles
export interface ArticleMarker {
	id: number;
	title: string | null;
	section: string | null;
	publishedAt: string;
	/** All reader comments on this article (markers show articles; comment filters do not hide them). */
	n: number;
}
export interface ArticleMarkersResponse {
	meta: ResponseMeta;
	/** Dated articles with reader comments, published in the filtered period and matching the article and
	 *  topic filters; the `limit` busiest, sorted by publication time. */
	articles: ArticleMarker[];
	truncated: boolean;
}

// GET /api/kpis
export interface KpisResponse {
	meta: ResponseMeta;
	comments: number;
	commenters: number;
	/** True when commenters is a HyperLogLog estimate (standard error 2.3%) rather than an exact count. */
	commentersApprox: boolean;
	articles: number;
	sentiment: MeanSentiment;
	/** The same figures over the period of equal length just before `from`; null without a bounded period. */
	previous: { from: string; to: string; comments: number; sentiment: MeanSentiment } | null;
	/** mean - previous mean; null when either is unknown. */
	sentimentDelta: number | null;
	stance: StanceCounts;
	/** against / (favor + against + neutral): share against among comments that take up the target. */
	againstShare: number | null;
	flagged: number;
	flaggedShare: number | null;
}

// GET /api/topics
export interface TopicRow extends MeanSentiment {
	topic: string;
	kind: string | null;
	n: number;
	/** n / meta.n. A comment can have several topics, so shares can sum above 1. */
	share: number;
	sentiment: SentimentCounts;
	stance: StanceCounts;
}
export interface TopicsResponse {
	meta: ResponseMeta;
	topics: TopicRow[];
	/** Topics beyond the limit. */
	more: number;
}

// GET /api/topics/series
export interface TopicSeriesResponse {
	meta: ResponseMeta;
	granularity: Granularity;
	autoGranularity: boolean;
	/** Shared x: bucket starts. */
	buckets: string[];
	/** One row per topic, counts aligned with buckets; `max` over all rows for a shared y scale. */
	series: { topic: string; n: number; counts: number[]; means: (number | null)[] }[];
	max: number;
}

// GET /api/articles/[id]
export interface ArticleInfo {
	id: number;
	title: string | null;
	url: string | null;
	section: string | null;
	author: string | null;
	publishedAt: string | null;
}
export interface StorySummaryResponse {
	meta: ResponseMeta;
	article: ArticleInfo;
	/** Selected comments in the first 24 hours after publication; null when the article is undated. */
	first24h: number | null;
	/** Median of first24h over the dated articles of the same section ('' = those without a section),
	 *  under the same sentiment/flagged filter when that is all that is filtered (see reaction). */
	sectionMedian24h: number | null;
	sectionArticles: number;
	commenters: number;
}

// GET /api/articles/[id]/reaction
export interface StoryReactionResponse {
	meta: ResponseMeta;
	publishedAt: string | null;
	hours: number;
	/** One point per hour since publication, 0..hours-1. */
	points: { h: number; n: number; cumulative: number; mean: number | null; negative: number; positive: number }[];
	/** The section's median story, same x: per hour and cumulative; empty without peers. */
	sectionMedian: { h: number; n: number; cumulative: number }[];
	/** Whether the median applies the same filters (only sentiment and flagged can be; else all comments). */
	medianFiltered: boolean;
	sectionArticles: number;
	/** Selected comments before publication / after the window. */
	before: number;
	after: number;
}

// GET /api/articles/[id]/splits
export interface StorySplitsResponse extends MeanSentiment {
	meta: ResponseMeta;
	sentiment: SentimentCounts;
	stance: StanceCounts;
	targets: { target: string; n: number; stance: StanceCounts }[];
	languages: { lang: string; n: number }[];
}

// GET /api/articles/[id]/emoji  and the emoji ranking
export interface EmojiCount {
	emoji: string;
	name: string | null;
	/** Total occurrences. */
	uses: number;
	/** Selected comments containing it. */
	comments: number;
}
export interface StoryEmojiResponse {
	meta: ResponseMeta;
	emoji: EmojiCount[];
}

/** One comment as lists and tables show it. Text is untrusted: render as text, never HTML. */
export interface CommentCard {
	id: number;
	articleId: number;
	author: string | null;
	createdAt: string | null;
	effectiveAt: string | null;
	text: string;
	status: CommentStatus;
	parentId: number | null;
	depth: number;
	sentiment: { label: SentimentLabel | null; score: number | null };
	stance: { target: string | null; label: StanceLabel | null; confidence: number | null };
	lang: string | null;
	emoji: string[];
	/** Duplicate cluster id when flagged as coordinated. */
	clusterId: number | null;
}

// GET /api/articles/[id]/threads
export interface ThreadNode extends CommentCard {
	/** Whether this comment matches the filters (others are shown for context). */
	match: boolean;
	replies: ThreadNode[];
}
export interface StoryThreadsResponse {
	meta: ResponseMeta;
	threads: { root: ThreadNode; size: number; matching: number; truncated: boolean }[];
}

// GET /api/articles/[id]/extremes
export interface EvidenceSpan extends SentimentEvidence {
	/** Offsets into text, filled by searching the token when the tagger gave none; null if not found. */
	start?: number;
	end?: number;
}
export interface ScoredComment extends CommentCard {
	evidence: EvidenceSpan[];
}
export interface StoryExtremesResponse {
	meta: ResponseMeta;
	positive: ScoredComment[];
	negative: ScoredComment[];
}

// GET /api/articles/[id]/flagged
export interface FlaggedCluster {
	clusterId: number;
	method: string;
	size: number;
	authors: number;
	sharedPhrase: string | null;
	/** Of the cluster, comments on this story. */
	inStory: number;
	firstAt: string | null;
	lastAt: string | null;
	comments: CommentCard[];
}
export interface StoryFlaggedResponse {
	meta: ResponseMeta;
	flagged: number;
	clusters: FlaggedCluster[];
}

// GET /api/articles/[id]/compare: over all reader comments on both sides (filters other than the
// article do not apply), so the story and the section median are measured alike.
export interface StoryFigures {
	comments: number;
	first24h: number | null;
	mean: number | null;
	againstShare: number | null;
	flaggedShare: number | null;
}
export interface StoryVsSectionResponse {
	meta: ResponseMeta;
	section: string | null;
	/** Articles of the section (with reader comments) the median is taken over, this one included. */
	peers: number;
	story: StoryFigures;
	median: StoryFigures;
}

// GET /api/emoji
export interface EmojiRankRow extends EmojiCount, MeanSentiment {
	sentiment: SentimentCounts;
}
export interface EmojiRankingResponse {
	meta: ResponseMeta;
	emoji: EmojiRankRow[];
	/** Distinct emoji beyond the limit. */
	more: number;
}

// GET /api/emoji/time
export interface EmojiOverTimeResponse {
	meta: ResponseMeta;
	granularity: Granularity;
	autoGranularity: boolean;
	buckets: string[];
	/** Comments containing each emoji per bucket. */
	rows: { emoji: string; total: number; counts: number[] }[];
	max: number;
}

// GET /api/emoji/topics
export interface EmojiByTopicResponse {
	meta: ResponseMeta;
	emoji: string[];
	topics: string[];
	/** Comments with emoji e and topic t; zero cells left out. */
	cells: { emoji: string; topic: string; n: number }[];
	max: number;
}

// GET /api/comments
export type CommentSort = 'newest' | 'oldest' | 'positive' | 'negative' | 'relevance';
export interface CommentRow extends CommentCard {
	articleTitle: string | null;
	replies: number;
}
export interface CommentsPageResponse {
	meta: ResponseMeta;
	sort: CommentSort;
	/** Exact number of comments the filters select (same as meta.n). */
	total: number;
	rows: CommentRow[];
	/** Pass as ?cursor= for the next page; null on the last page. */
	nextCursor: string | null;
}

// GET /api/comments/[id]
export interface CommentDetailResponse {
	comment: CommentRow;
	sentimentEvidence: EvidenceSpan[];
	stanceEvidence: { cue: string; effect: string; start?: number; end?: number }[];
	topics: string[];
	nlpVersion: string | null;
	/** Ancestors from the thread root down to the parent, then the direct replies. */
	ancestors: CommentCard[];
	replies: CommentCard[];
	cluster: { id: number; method: string; size: number; sharedPhrase: string | null; similarity: number | null } | null;
}

// GET /api/facets
export interface FacetValue {
	/** The value as it goes into the query string (article id as a string). */
	value: string;
	/** What to show: article title, author handle, emoji... */
	label: string;
	n: number;
	/** Currently chosen in the filters. */
	selected: boolean;
}
export interface Facet {
	name: 'article' | 'topic' | 'author' | 'sentiment' | 'stance' | 'target' | 'lang' | 'emoji' | 'flagged';
	/** Counts apply every filter except this facet's own, so the alternatives stay visible. */
	values: FacetValue[];
	/** Distinct values beyond those listed. */
	more: number;
	/** When the facet could not be computed within its budget: counts cover only the first rows. */
	partial: boolean;
}
export interface FacetsResponse {
	meta: ResponseMeta;
	facets: Facet[];
}

/** Body of every 4xx/5xx answer from /api. */
export interface ApiError {
	error: string;
	/** The query-string parameter at fault (400). */
	parameter?: string;
	/** What to run to get data (503). */
	command?: string;
}
