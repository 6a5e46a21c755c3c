// GET /api/topics?<filters>&limit=1..200 -> TopicsResponse
import { topicsSummary } from '$lib/server/db/queries';
import { endpoint, intParam } from '../respond';

export const GET = endpoint(({ db, filters, url }) => topicsSummary(db, filters, { limit: intParam(url, 'limit', 1, 200) }));
