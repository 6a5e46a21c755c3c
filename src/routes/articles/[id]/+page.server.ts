import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import {
	storySummary,
	storyReaction,
	storySplits,
	storyTopEmoji,
	storyThreads,
	storyExtremes,
	storyFlagged,
	storyVsSection
} from '$lib/server/db/queries';
import { dbOrNone, filtersOr400, panel } from '../../load.server';

export const load: PageServerLoad = ({ params, url }) => {
	const got = dbOrNone();
	if ('noDb' in got) return got;
	const { db } = got;
	if (!/^\d{1,15}$/.test(params.id)) error(404, { message: `"${params.id.slice(0, 40)}" is not an article id` });
	const id = Number(params.id);
	const f = filtersOr400(url);
	const summary = storySummary(db, id, f);
	if (!summary) error(404, { message: `There is no article ${id} in this database.` });
	const published = summary.article.publishedAt ? Date.parse(summary.article.publishedAt) : null;
	return {
		summary,
		// How far into its first 48 hours the story is, so an unfolding story is not drawn as flat.
		observedHours: published ? Math.max(0, (Date.now() - published) / 3_600_000) : 48,
		reaction: panel('first hours', () => storyReaction(db, id, f, { hours: 48 })!),
		splits: panel('sentiment and stance', () => storySplits(db, id, f)!),
		emoji: panel('top emoji', () => storyTopEmoji(db, id, f, { limit: 12 })!),
		extremes: panel('most positive and negative', () => storyExtremes(db, id, f, { limit: 3 })!),
		threads: panel('busiest threads', () => storyThreads(db, id, f, { limit: 5, maxNodes: 60 })!),
		flagged: panel('coordination', () => storyFlagged(db, id, f, { limit: 20 })!),
		compare: panel('comparison with the section', () => storyVsSection(db, id, f)!),
		meta: summary.meta,
		articleTitles: { [id]: summary.article.title ?? `article ${id}` }
	};
};
