// GET /api/topics/series?<filters>&granularity=...&limit=1..50&series=TOPIC (repeatable) -> TopicSeriesResponse
import { topicSeries, parseGranularity } from '$lib/server/db/queries';
import { endpoint, intParam } from '../../respond';

export const GET = endpoint(({ db, filters, url }) =>
	topicSeries(db, filters, {
		granularity: parseGranularity(url.searchParams.get('granularity')),
		limit: intParam(url, 'limit', 1, 50),
		topics: url.searchParams.getAll('series').filter((s) => s.trim() !== '').slice(0, 50)
	})
);
