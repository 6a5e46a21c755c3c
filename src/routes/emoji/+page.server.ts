import type { PageServerLoad } from './$types';
import { emojiRanking, emojiOverTime, emojiByTopic } from '$lib/server/db/queries';
import { articleTitles } from '$lib/server/db/queries/meta';
import { GRANULARITIES } from '$lib/server/db/queries/time';
import { dbOrNone, filtersOr400, option, panel } from '../load.server';

export const load: PageServerLoad = ({ url }) => {
	const got = dbOrNone();
	if ('noDb' in got) return got;
	const { db } = got;
	const f = filtersOr400(url);
	const asked = option(url, 'granularity', [...GRANULARITIES, 'auto'] as const);
	const ranking = panel('emoji ranking', () => emojiRanking(db, f, { limit: 25 }));
	return {
		granularity: asked ?? 'auto',
		ranking,
		overTime: panel('emoji over time', () => emojiOverTime(db, f, { granularity: asked === 'auto' ? undefined : asked, limit: 12 })),
		byTopic: panel('emoji by topic', () => emojiByTopic(db, f, { emojiLimit: 12, topicLimit: 12 })),
		meta: ranking.ok ? ranking.data.meta : null,
		articleTitles: articleTitles(db, f.article)
	};
};
