// GET /api/overview/volume?<filters>&granularity=auto|hour|day|week|month -> VolumeResponse
import { reactionsOverTime, parseGranularity } from '$lib/server/db/queries';
import { endpoint } from '../../respond';

export const GET = endpoint(({ db, filters, url }) => reactionsOverTime(db, filters, { granularity: parseGranularity(url.searchParams.get('granularity')) }));
