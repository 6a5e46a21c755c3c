// GET /api/articles/:id/threads?<filters>&limit=1..20&nodes=1..500 -> StoryThreadsResponse
import { storyThreads } from '$lib/server/db/queries';
import { endpoint, idParam, intParam } from '../../../respond';

export const GET = endpoint(({ db, filters, params, url }) =>
	storyThreads(db, idParam(params), filters, { limit: intParam(url, 'limit', 1, 20), maxNodes: intParam(url, 'nodes', 1, 500) })
);
