// GET /api/overview/articles?<filters>&limit=1..1000 -> ArticleMarkersResponse
import { articleMarkers } from '$lib/server/db/queries';
import { endpoint, intParam } from '../../respond';

export const GET = endpoint(({ db, filters, url }) => articleMarkers(db, filters, { limit: intParam(url, 'limit', 1, 1000) }));
