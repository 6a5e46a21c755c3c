// The work of the NLP pass on one batch, without I/O: the same code runs inside each worker
// thread and, with `--workers 0`, in the main thread. The orchestrator (run.ts) reads and writes.
import { analyze, mentionedTarget, type AnalyzeOptions, type StanceTarget } from '../nlp/analyze';
import { topicAliases, TopicVocabulary } from '../nlp/topics';
import { tokenize } from '../nlp/tokenize';
import type { ArticleTopicRow, CommentTagRow, StaleArticle, StaleBatch } from '../server/db/tagging';
import type { EmojiUse } from '../types';

const emojiRow = (e: EmojiUse): [string, string, number] => [e.emoji, e.name, e.count];

export interface TaggerConfig {
	targets: StanceTarget[];
	vocabulary: { name: string; kind: string | null }[];
	fallbackLang: string;
}

/** What a comment inherits from its article. */
export interface CommentContext {
	topics: string[];
	/** The configured target the article names, by name. */
	target: string | null;
	mainTopic: string | null;
	mainKind: string | null;
}

/**
 * Imports the compromise-based article topics on first use. A timer holds the event loop open
 * meanwhile: under tsx the import runs on a loader thread that holds no handle, and a main thread
 * with nothing else pending would exit (code 13) before the import settles.
 */
export async function loadArticleTopics(): Promise<typeof import('../nlp/articleTopics')> {
	const keepAlive = setInterval(() => {}, 1000);
	try {
		return await import('../nlp/articleTopics');
	} finally {
		clearInterval(keepAlive);
	}
}

/** Article text searched for configured targets: title and lede. */
const ARTICLE_TARGET_CHARS = 4000;

export class Tagger {
	private targets: StanceTarget[] = [];
	private vocabulary = new TopicVocabulary();
	private fallbackLang = 'en';

	configure(config: Partial<TaggerConfig>): void {
		if (config.targets) this.targets = config.targets;
		if (config.vocabulary) this.vocabulary = new TopicVocabulary(config.vocabulary);
		if (config.fallbackLang) this.fallbackLang = config.fallbackLang;
	}

	/** compromise loads on the first article: runs with no stale article never pay for it. */
	async articles(items: StaleArticle[]): Promise<ArticleTopicRow[]> {
		const { articleTopics } = await loadArticleTopics();
		return items.map((a) => {
			const topics = articleTopics(a.title, a.body);
			const text = `${a.title ?? ''}\n${(a.body ?? '').slice(0, ARTICLE_TARGET_CHARS)}`;
			const target = this.targets.length ? (mentionedTarget(this.targets, tokenize(text).tokens)?.name ?? null) : null;
			return { id: a.id, contentHash: a.contentHash, topics, target };
		});
	}

	comments(batch: StaleBatch, contexts: Record<number, CommentContext>): CommentTagRow[] {
		// Options per article: the comments of one article share their fallback target and topics.
		const options = new Map<number, AnalyzeOptions>();
		const rows: CommentTagRow[] = [];
		for (let i = 0; i < batch.ids.length; i++) {
			const articleId = batch.articleIds[i];
			let opts = options.get(articleId);
			if (!opts) {
				const ctx = contexts[articleId];
				opts = {
					targets: this.targets,
					fallbackTarget: ctx ? this.articleTarget(ctx) : null,
					vocabulary: this.vocabulary,
					contextTopics: ctx?.topics,
					fallbackLang: this.fallbackLang
				};
				options.set(articleId, opts);
			}
			const a = analyze(batch.texts[i], opts);
			rows.push({
				id: batch.ids[i],
				contentHash: batch.contentHashes[i],
				tagged: batch.tagged[i],
				lang: a.lang,
				score: a.sentiment.score,
				label: a.sentiment.label,
				sentimentEvidence: a.sentiment.evidence.length ? JSON.stringify(a.sentiment.evidence) : '[]',
				stanceTarget: a.stance.target,
				stanceLabel: a.stance.label,
				stanceConfidence: a.stance.confidence,
				stanceEvidence: a.stance.evidence.length ? JSON.stringify(a.stance.evidence) : '[]',
				emoji: a.emoji.length ? a.emoji.map(emojiRow) : [],
				topics: a.topics
			});
		}
		return rows;
	}

	/** A comment's default target: the configured target its article names, else the article's main topic. */
	private articleTarget(ctx: CommentContext): StanceTarget | null {
		const named = ctx.target ? this.targets.find((t) => t.name === ctx.target) : undefined;
		if (named) return named;
		if (!ctx.mainTopic) return null;
		return { name: ctx.mainTopic, aliases: topicAliases({ name: ctx.mainTopic, kind: ctx.mainKind }).map((a) => a.toLowerCase()) };
	}
}
