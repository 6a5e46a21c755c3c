// GET /api/kpis?<filters> -> KpisResponse
import { kpis } from '$lib/server/db/queries';
import { endpoint } from '../respond';

export const GET = endpoint(({ db, filters }) => kpis(db, filters));
