// GET /api/emoji/time?<filters>&granularity=...&limit=1..50 -> EmojiOverTimeResponse
import { emojiOverTime, parseGranularity } from '$lib/server/db/queries';
import { endpoint, intParam } from '../../respond';

export const GET = endpoint(({ db, filters, url }) =>
	emojiOverTime(db, filters, { granularity: parseGranularity(url.searchParams.get('granularity')), limit: intParam(url, 'limit', 1, 50) })
);
