// GET /api/articles/:id?<filters> -> StorySummaryResponse (404 when there is no such article)
import { storySummary } from '$lib/server/db/queries';
import { endpoint, idParam } from '../../respond';

export const GET = endpoint(({ db, filters, params }) => storySummary(db, idParam(params), filters));
