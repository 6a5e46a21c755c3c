// GET /api/comments/:id -> CommentDetailResponse (tags with evidence, thread context, cluster)
import { commentDetail } from '$lib/server/db/queries';
import { endpoint, idParam } from '../../respond';

export const GET = endpoint(({ db, params }) => commentDetail(db, idParam(params)));
