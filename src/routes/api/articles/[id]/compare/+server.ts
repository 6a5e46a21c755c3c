// GET /api/articles/:id/compare -> StoryVsSectionResponse (over all reader comments; filters do not apply)
import { storyVsSection } from '$lib/server/db/queries';
import { endpoint, idParam } from '../../../respond';

export const GET = endpoint(({ db, filters, params }) => storyVsSection(db, idParam(params), filters));
