// GET /api/emoji/topics?<filters>&emojiLimit=1..50&topicLimit=1..50 -> EmojiByTopicResponse
import { emojiByTopic } from '$lib/server/db/queries';
import { endpoint, intParam } from '../../respond';

export const GET = endpoint(({ db, filters, url }) =>
	emojiByTopic(db, filters, { emojiLimit: intParam(url, 'emojiLimit', 1, 50), topicLimit: intParam(url, 'topicLimit', 1, 50) })
);
