import type { PageServerLoad } from './$types';
import { reactionsOverTime, articleMarkers } from '$lib/server/db/queries/overview';
import { kpis } from '$lib/server/db/queries/kpis';
import { articleTitles } from '$lib/server/db/queries/meta';
import { GRANULARITIES } from '$lib/server/db/queries/time';
import { dbOrNone, filtersOr400, option, panel } from './load.server';

const DAY = 86_400_000;

export const load: PageServerLoad = ({ url }) => {
	const got = dbOrNone();
	if ('noDb' in got) return got;
	const { db } = got;
	const f = filtersOr400(url);
	const asked = option(url, 'granularity', [...GRANULARITIES, 'auto'] as const);
	const granularity = asked === 'auto' ? undefined : asked;

	const volume = panel('comments over time', () => {
		const v = reactionsOverTime(db, f, { granularity });
		// The overview reads best by day up to about a year (the server's auto choice switches to
		// weeks at 150 days, which suits the API but hides the daily rhythm of a news cycle).
		if (!granularity && v.granularity === 'week' && v.from && v.to && Date.parse(v.to) - Date.parse(v.from) <= 400 * DAY) {
			return { ...reactionsOverTime(db, f, { granularity: 'day' }), autoGranularity: true };
		}
		return v;
	});
	return {
		granularity: asked ?? 'auto',
		volume,
		markers: panel('publication markers', () => articleMarkers(db, f, { limit: 300 })),
		kpis: panel('key figures', () => kpis(db, f)),
		meta: volume.ok ? volume.data.meta : null,
		articleTitles: articleTitles(db, f.article)
	};
};
