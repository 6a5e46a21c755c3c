// Runs only the browser tests with their global setup, for working on them alone:
//   npx vitest run --config tests/e2e/vitest.config.ts
// (The main vite.config.ts lists tests/e2e/globalSetup.ts too, so `npm test` runs them as well.)
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

export default defineConfig({
	root: resolve(import.meta.dirname, '../..'),
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/globalSetup.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 180_000,
		maxWorkers: 2,
		env: { TZ: 'UTC' }
	}
});
