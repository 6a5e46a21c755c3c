// `npm run test:reliability`: the full reliability suite (issue 8): crash loops, concurrency,
// load, fuzzing, hostile input and input limits at full size. Long-running, so it is kept out of
// `npm test` (vite.config.ts excludes tests/reliability); a short variant of the same scenarios
// runs there from tests/reliability-short.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/reliability/**/*.test.ts'],
		environment: 'node',
		// Minutes, not seconds: a scenario runs the CLI dozens of times or a browser over every view.
		testTimeout: 30 * 60_000,
		hookTimeout: 30 * 60_000,
		// One file at a time: kill timings and memory bounds are measured, so nothing may compete.
		fileParallelism: false,
		maxWorkers: 1,
		env: { TZ: 'UTC' }
	}
});
