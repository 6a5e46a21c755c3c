// GET /api/articles/:id/extremes?<filters>&limit=1..50 -> StoryExtremesResponse
import { storyExtremes } from '$lib/server/db/queries';
import { endpoint, idParam, intParam } from '../../../respond';

export const GET = endpoint(({ db, filters, params, url }) => storyExtremes(db, idParam(params), filters, { limit: intParam(url, 'limit', 1, 50) }));
