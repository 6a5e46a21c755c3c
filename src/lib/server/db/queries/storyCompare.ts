// "This story against the typical story of its section", over all reader comments: a like-for-like
// comparison needs the same basis on both sides, and section medians are precomputed unfiltered.
import type { StoryFigures, StoryVsSectionResponse } from '../../../api-types';
import { emptyFilters, type Filters } from '../../../filters';
import type { DB } from '../open';
import { median } from '../sectionMedians';
import { totals } from './aggregate';
import { queryEnv } from './env';
import { buildMeta } from './meta';
import { articleInfo, storyFilters } from './story';

interface StatsRow {
	comments: number;
	first24h: number | null;
	mean: number | null;
	against_share: number | null;
	flagged_share: number | null;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);

function figures(r: StatsRow | undefined): StoryFigures {
	return {
		comments: r?.comments ?? 0,
		first24h: r?.first24h ?? null,
		mean: round(r?.mean ?? null),
		againstShare: round(r?.against_share ?? null),
		flaggedShare: round(r?.flagged_share ?? null)
	};
}

const medianOf = (rows: StatsRow[], key: keyof StatsRow) => round(median(rows.map((r) => r[key]).filter((v): v is number => v !== null)));

export function storyVsSection(db: DB, articleId: number, _filters: Filters = emptyFilters()): StoryVsSectionResponse | null {
	const env = queryEnv(db);
	const article = articleInfo(db, articleId);
	if (!article) return null;
	const f = storyFilters(emptyFilters(), articleId);
	const total = totals(env, f);
	const meta = buildMeta(env, f, total.row, [total.source]);
	if (!env.rollups) {
		return {
			meta, section: article.section, peers: 0,
			story: { comments: total.row.n, first24h: null, mean: null, againstShare: null, flaggedShare: null },
			median: figures(undefined)
		};
	}
	const cols = `comments, first24h, mean, against_share, flagged_share`;
	const story = db.prepare(`SELECT ${cols} FROM roll_article_stats WHERE article_id = ?`).get(articleId) as StatsRow | undefined;
	const peers = db.prepare(`SELECT ${cols} FROM roll_article_stats WHERE section = ?`).all(article.sectionKey) as StatsRow[];
	return {
		meta,
		section: article.section,
		peers: peers.length,
		story: figures(story),
		median: {
			comments: medianOf(peers, 'comments') ?? 0,
			first24h: medianOf(peers, 'first24h'),
			mean: medianOf(peers, 'mean'),
			againstShare: medianOf(peers, 'against_share'),
			flaggedShare: medianOf(peers, 'flagged_share')
		}
	};
}
