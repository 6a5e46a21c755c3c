// Run by bulkIndexes.test.ts in a child process: ingests one file in bulk mode and kills itself
// with SIGKILL once `after` records were read, as kill -9 would, mid-load: the indexes suspended,
// some batches committed, finish() never run.
import { openForWrite } from '../../../src/lib/server/db/open';
import { ingestPaths } from '../../../src/lib/ingest/ingestPaths';

const [dbPath, file, after] = process.argv.slice(2);
const db = openForWrite(dbPath);
await ingestPaths(db, [file], {
	bulk: 'always',
	parseInWorker: 'always',
	batchSize: 1000,
	rejectsPath: null,
	onProgress: (p) => {
		if (p.records >= Number(after)) process.kill(process.pid, 'SIGKILL');
	}
});
console.log('finished without being killed');
