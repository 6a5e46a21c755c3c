// The domain, shared by the CLI, the importers, the analyser and the dashboard.
// Browser-safe: no Node imports here.

export type CommentStatus = 'visible' | 'deleted' | 'spam' | 'unapproved';
export type CommentType = 'comment' | 'pingback' | 'trackback';
export type SentimentLabel = 'positive' | 'neutral' | 'negative' | 'unscored';
export type StanceLabel = 'favor' | 'against' | 'neutral' | 'none';

/** An article as an importer reads it, before it has a database id. */
export interface ArticleRecord {
	/** Stable id within the source namespace (Disqus thread id, WP post id, URL, reddit t3_ id...). */
	externalId: string;
	url?: string | null;
	title?: string | null;
	body?: string | null;
	author?: string | null;
	section?: string | null;
	tags?: string[];
	/** ISO-8601 UTC ("2026-05-01T12:00:00Z") or null when unknown. */
	publishedAt?: string | null;
}

/** A comment as an importer reads it. Threads are given by external ids and resolved on write. */
export interface CommentRecord {
	articleExternalId: string;
	externalId: string;
	parentExternalId?: string | null;
	authorHandle?: string | null;
	authorName?: string | null;
	text: string;
	/** ISO-8601 UTC or null when the source has no time. */
	createdAt?: string | null;
	score?: number | null;
	status?: CommentStatus;
	type?: CommentType;
	/** Order in the source (page order); used when times are missing. */
	position?: number | null;
}

/** Where a record came from, for error messages: "comments.xml:1842:7" or "RC_2024-01.ndjson:88". */
export type Position = string;

export type IngestItem =
	| { kind: 'article'; article: ArticleRecord; at: Position }
	| { kind: 'comment'; comment: CommentRecord; at: Position }
	| { kind: 'reject'; at: Position; reason: string; raw?: string };

export interface SentimentEvidence {
	/** The token or phrase as written. */
	token: string;
	/** Its contribution to the raw score after modifiers. */
	weight: number;
	/** What changed it: negated, intensified, diminished, contrast, caps, exclamation, emoji, emoticon, sarcasm. */
	modifiers?: string[];
	/** Character offset in the text, so the dashboard can highlight it. */
	start?: number;
	end?: number;
}

export interface Sentiment {
	score: number; // -1..1
	label: SentimentLabel;
	evidence: SentimentEvidence[];
}

export interface EmojiUse {
	emoji: string;
	name: string;
	count: number;
}

export interface Stance {
	target: string | null;
	label: StanceLabel;
	confidence: number;
	evidence: { cue: string; effect: string; start?: number; end?: number }[];
}

/** The output of the NLP pass for one text: the `murmur analyze` contract. */
export interface Analysis {
	lang: string;
	sentiment: Sentiment;
	emoji: EmojiUse[];
	stance: Stance;
	topics: string[];
}
