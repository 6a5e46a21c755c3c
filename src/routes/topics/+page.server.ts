import type { PageServerLoad } from './$types';
import { topicsSummary, topicSeries } from '$lib/server/db/queries/topics';
import { articleTitles } from '$lib/server/db/queries/meta';
import { GRANULARITIES } from '$lib/server/db/queries/time';
import { TOPIC_SORTS } from '$lib/charts/topicDots';
import { dbOrNone, filtersOr400, option, panel } from '../load.server';

export const load: PageServerLoad = ({ url }) => {
	const got = dbOrNone();
	if ('noDb' in got) return got;
	const { db } = got;
	const f = filtersOr400(url);
	const sort = option(url, 'sort', TOPIC_SORTS) ?? 'volume';
	const asked = option(url, 'granularity', [...GRANULARITIES, 'auto'] as const);
	const summary = panel('topics', () => topicsSummary(db, f, { limit: 30 }));
	return {
		sort,
		granularity: asked ?? 'auto',
		summary,
		series: panel('topics over time', () =>
			topicSeries(db, f, { granularity: asked === 'auto' ? undefined : asked, limit: 12 })
		),
		meta: summary.ok ? summary.data.meta : null,
		articleTitles: articleTitles(db, f.article)
	};
};
