// GET /api/overview/stance?<filters>&granularity=... -> VolumeResponse (read .buckets[].stance)
import { stanceOverTime, parseGranularity } from '$lib/server/db/queries';
import { endpoint } from '../../respond';

export const GET = endpoint(({ db, filters, url }) => stanceOverTime(db, filters, { granularity: parseGranularity(url.searchParams.get('granularity')) }));
