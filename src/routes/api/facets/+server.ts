// GET /api/facets?<filters>&limit=1..100&facet=NAME (repeatable; default all) -> FacetsResponse
import { FilterError } from '$lib/filters';
import { facets, FACETS } from '$lib/server/db/queries';
import { endpoint, intParam } from '../respond';

export const GET = endpoint(({ db, filters, url }) => {
	const only = url.searchParams.getAll('facet').filter((s) => s !== '');
	for (const name of only)
		if (!(FACETS as string[]).includes(name)) throw new FilterError('facet', `facet: "${name.slice(0, 20)}" is not one of ${FACETS.join(', ')}`);
	return facets(db, filters, { limit: intParam(url, 'limit', 1, 100), only: only.length ? (only as typeof FACETS) : undefined });
});
