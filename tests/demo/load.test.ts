import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWrite, type DB } from '../../src/lib/server/db/open';
import { corpusStats } from '../../src/lib/server/db/stats';
import { plantedCampaignComments } from '../../src/lib/server/db/demo';
import { loadDemo, DemoMismatch, SAMPLE_PAGE, type DemoLoadReport } from '../../src/lib/demo/load.server';
import { SECTIONS } from '../../src/lib/demo/sections';

const dir = mkdtempSync(join(tmpdir(), 'murmur-demo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCli;

/** Every table the demo writes, as sorted text: equal digests mean an identical database. */
function contents(db: DB): string {
	const q = (sql: string) => JSON.stringify(db.prepare(sql).all());
	return [
		q(`SELECT namespace, external_id, url, title, body, author, section, tags, published_at FROM articles ORDER BY namespace, external_id`),
		q(`SELECT a.external_id AS article, c.external_id, c.parent_external_id, c.depth, c.position, au.handle, c.text, c.created_at, c.score, c.status
		   FROM comments c JOIN articles a ON a.id = c.article_id LEFT JOIN authors au ON au.id = c.author_id ORDER BY a.external_id, c.external_id`),
		q(`SELECT namespace, handle, display_name, first_seen_at FROM authors ORDER BY namespace, handle`),
		q(`SELECT * FROM demo_runs`),
		q(`SELECT * FROM demo_campaigns ORDER BY id`),
		q(`SELECT d.campaign_id, d.article_external_id, d.comment_external_id, d.author_handle FROM demo_campaign_comments d ORDER BY 2, 3`),
		q(`SELECT name, aliases, created_at FROM stance_targets ORDER BY name`)
	].join('\n');
}

describe('loadDemo into a fresh database', () => {
	let db: DB;
	let report: DemoLoadReport;
	let before: string;

	beforeAll(async () => {
		db = openForWrite(join(dir, 'inline.db'));
		report = await loadDemo(db, { comments: 3000, seed: 'load', parallel: false });
		before = contents(db);
	});
	afterAll(() => db.close());

	it('adds exactly what its summary says, so murmur stats matches it', () => {
		const stats = corpusStats(db);
		expect({ articles: stats.articles, comments: stats.comments, authors: stats.authors }).toEqual({
			articles: report.totals.articles,
			comments: report.totals.comments,
			authors: report.totals.authors
		});
		expect(report.summary).toMatchObject({ articles: 200, comments: 3000, campaigns: 4 });
		expect(report.writes).toMatchObject({ added: 3200, updated: 0, unchanged: 0, rejected: 0 });
	});

	it('loads the real pasted page as namespace "sample"', () => {
		expect(report.sample).toMatchObject({ path: SAMPLE_PAGE, articles: 1, comments: 16 });
		expect(report.sample!.error).toBeUndefined();
		const titles = db.prepare(`SELECT title FROM articles WHERE namespace = 'sample'`).pluck().all();
		expect(titles).toEqual(['The meeting between Steve Whitkoff and Vladimir Putin has come to an end. It lasted 4.5 hours']);
	});

	it('stores the threads as generated: depth <= 4, parents in the same article', () => {
		const row = db
			.prepare(
				`SELECT max(c.depth) AS depth, sum(c.parent_external_id IS NOT NULL AND c.parent_id IS NULL) AS orphans,
				        sum(p.article_id IS NOT c.article_id) AS crossed, sum(c.created_at <= p.created_at) AS early
				 FROM comments c JOIN articles a ON a.id = c.article_id AND a.namespace = 'demo' LEFT JOIN comments p ON p.id = c.parent_id
				 WHERE c.parent_external_id IS NOT NULL`
			)
			.get();
		expect(row).toEqual({ depth: 4, orphans: 0, crossed: 0, early: 0 });
	});

	it('records every planted copy, resolved to its comment, and the campaigns in a table', () => {
		const planted = plantedCampaignComments(db);
		expect(planted.size).toBe(report.summary.campaignComments);
		const sizes = db.prepare(`SELECT id, size, (SELECT count(*) FROM demo_campaign_comments d WHERE d.campaign_id = k.id) AS n FROM demo_campaigns k ORDER BY id`).all() as {
			id: string;
			size: number;
			n: number;
		}[];
		expect(sizes.map((s) => s.id)).toEqual(['campaign-1', 'campaign-2', 'campaign-3', 'campaign-4']);
		for (const s of sizes) expect(s.n).toBe(s.size);
		// Fresh accounts: first seen inside their campaign's window.
		const late = db
			.prepare(
				`SELECT count(*) FROM demo_campaign_comments d JOIN authors au ON au.handle = d.author_handle AND au.namespace = 'demo'
				 JOIN demo_campaigns k ON k.id = d.campaign_id WHERE au.first_seen_at < k.window_start OR au.first_seen_at > k.window_end`
			)
			.pluck()
			.get();
		expect(late).toBe(0);
	});

	it('registers one stance target per section for murmur tag', () => {
		const names = db.prepare(`SELECT name FROM stance_targets`).pluck().all();
		expect(new Set(names)).toEqual(new Set(SECTIONS.map((s) => s.target)));
		expect(report.targetsAdded).toBe(12);
	});

	it('changes nothing when run again with the same options', async () => {
		const again = await loadDemo(db, { comments: 3000, seed: 'load', parallel: false });
		expect(again.writes).toMatchObject({ added: 0, updated: 0, unchanged: 3200 });
		expect(again.totals).toEqual(report.totals);
		expect(again.targetsAdded).toBe(0);
		expect(contents(db)).toBe(before);
	});

	it('refuses other options on a database that holds a demo, and says why', async () => {
		await expect(loadDemo(db, { comments: 3000, seed: 'other' })).rejects.toThrow(DemoMismatch);
		await expect(loadDemo(db, { comments: 2000, seed: 'load' })).rejects.toThrow('--seed load --comments 3000');
		expect(contents(db)).toBe(before);
	});

	it('writes the same database when the generator runs in a worker thread', async () => {
		const other = openForWrite(join(dir, 'worker.db'));
		try {
			await loadDemo(other, { comments: 3000, seed: 'load', parallel: true, batchSize: 700 });
			expect(contents(other)).toBe(before);
		} finally {
			other.close();
		}
	});
});

describe('murmur demo (CLI)', () => {
	it('prints a summary whose counts are exactly murmur stats --json, and a rerun adds nothing', async () => {
		const db = join(dir, 'cli.db');
		const first = await cli(['--db', db, 'demo', '--comments', '2500', '--seed', '9', '--json']);
		expect(first.code).toBe(0);
		const summary = JSON.parse(first.out);
		const stats = JSON.parse((await cli(['--db', db, 'stats', '--json'])).out);
		expect({ articles: summary.articles, comments: summary.comments, authors: summary.authors, tagged: summary.tagged }).toEqual(stats);
		expect(summary).toMatchObject({ comments: 2516, campaigns: 4, demo: { comments: 2500 }, sample: { comments: 16 } });

		const text = await cli(['--db', db, 'demo', '--comments', '2500', '--seed', '9']);
		expect(text.code).toBe(0);
		expect(text.out).toMatch(/total: 201 articles, 2,516 comments, [\d,]+ authors, 4 campaigns \(= murmur stats\)/);
		expect(text.out).toMatch(/written: 0 added, 0 updated, 2,700 unchanged/);
		expect(JSON.parse((await cli(['--db', db, 'stats', '--json'])).out)).toEqual(stats);
	});

	it('skips the sample page with --no-sample', async () => {
		const r = await cli(['--db', join(dir, 'nosample.db'), 'demo', '--comments', '500', '--no-sample', '--json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toMatchObject({ articles: 200, comments: 500, sample: null });
	});

	it('documents every option in --help and rejects bad values with exit 2', async () => {
		const help = await cli(['demo', '--help']);
		expect(help.code).toBe(0);
		for (const flag of ['--comments N', '--seed S', '--no-sample', '--json']) expect(help.out).toContain(flag);
		const bad = await cli(['--db', join(dir, 'bad.db'), 'demo', '--comments', 'lots']);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--comments must be an integer >= 0, got "lots"');
	});

	it('exits 1 with the reason when the database holds a demo made with other options', async () => {
		const db = join(dir, 'mismatch.db');
		expect((await cli(['--db', db, 'demo', '--comments', '300', '--no-sample'])).code).toBe(0);
		const r = await cli(['--db', db, 'demo', '--comments', '400', '--no-sample']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('already holds a demo corpus made with --seed 2026 --comments 300');
	});
});
