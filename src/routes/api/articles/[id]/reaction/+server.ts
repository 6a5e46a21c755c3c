// GET /api/articles/:id/reaction?<filters>&hours=1..48 -> StoryReactionResponse
import { storyReaction } from '$lib/server/db/queries';
import { endpoint, idParam, intParam } from '../../../respond';

export const GET = endpoint(({ db, filters, params, url }) => storyReaction(db, idParam(params), filters, { hours: intParam(url, 'hours', 1, 48) }));
