// GET /api/articles/:id/emoji?<filters>&limit=1..100 -> StoryEmojiResponse
import { storyTopEmoji } from '$lib/server/db/queries';
import { endpoint, idParam, intParam } from '../../../respond';

export const GET = endpoint(({ db, filters, params, url }) => storyTopEmoji(db, idParam(params), filters, { limit: intParam(url, 'limit', 1, 100) }));
