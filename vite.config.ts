import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		exclude: ['tests/reliability/**', 'node_modules/**'],
		// Builds the dashboard once (only when sources are newer than build/) for the browser tests.
		globalSetup: ['tests/e2e/globalSetup.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Two cores: keep the pool small so browser and DB tests do not starve each other.
		maxWorkers: 2,
		env: { TZ: 'UTC' }
	}
});
