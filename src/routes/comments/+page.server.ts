import type { PageServerLoad } from './$types';
import { commentsPage, parseSort, facets, COMMENT_SORTS } from '$lib/server/db/queries';
import { articleTitles } from '$lib/server/db/queries/meta';
import { dbOrNone, filtersOr400, panel } from '../load.server';
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';

export const load: PageServerLoad = ({ url }) => {
	const got = dbOrNone();
	if ('noDb' in got) return got;
	const { db } = got;
	const f = filtersOr400(url);
	let sort;
	try {
		sort = parseSort(url.searchParams.get('sort'), f);
	} catch (e) {
		if (e instanceof FilterError) error(400, { message: e.message, parameter: e.parameter });
		throw e;
	}
	const table = panel('comment table', () => commentsPage(db, f, { sort, cursor: url.searchParams.get('cursor'), limit: 50 }));
	return {
		sorts: COMMENT_SORTS,
		table,
		facets: panel('facets', () => facets(db, f, { limit: 8 })),
		meta: table.ok ? table.data.meta : null,
		articleTitles: articleTitles(db, f.article)
	};
};
