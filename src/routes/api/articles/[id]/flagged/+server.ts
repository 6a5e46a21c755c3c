// GET /api/articles/:id/flagged?<filters>&limit=1..100 (comments per cluster) -> StoryFlaggedResponse
import { storyFlagged } from '$lib/server/db/queries';
import { endpoint, idParam, intParam } from '../../../respond';

export const GET = endpoint(({ db, filters, params, url }) => storyFlagged(db, idParam(params), filters, { limit: intParam(url, 'limit', 1, 100) }));
