// GET /api/emoji?<filters>&limit=1..500 -> EmojiRankingResponse
import { emojiRanking } from '$lib/server/db/queries';
import { endpoint, intParam } from '../respond';

export const GET = endpoint(({ db, filters, url }) => emojiRanking(db, filters, { limit: intParam(url, 'limit', 1, 500) }));
