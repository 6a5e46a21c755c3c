// GET /api/articles/:id/splits?<filters> -> StorySplitsResponse
import { storySplits } from '$lib/server/db/queries';
import { endpoint, idParam } from '../../../respond';

export const GET = endpoint(({ db, filters, params }) => storySplits(db, idParam(params), filters));
