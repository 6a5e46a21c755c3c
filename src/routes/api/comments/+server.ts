// GET /api/comments?<filters>&sort=newest|oldest|positive|negative|relevance&cursor=...&limit=1..200 -> CommentsPageResponse
import { commentsPage, parseSort } from '$lib/server/db/queries';
import { endpoint, intParam } from '../respond';

export const GET = endpoint(({ db, filters, url }) =>
	commentsPage(db, filters, {
		sort: parseSort(url.searchParams.get('sort'), filters),
		cursor: url.searchParams.get('cursor'),
		limit: intParam(url, 'limit', 1, 200)
	})
);
