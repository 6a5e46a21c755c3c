// The shared claims of a parallel export, on one thread: who may take which part, and when.
import { describe, expect, it } from 'vitest';
import { claimForMain, claimForWorker, moveTo, releaseClaims, RUN, setGo, sharedClaims, STOP, partRange, type PartPlan } from '../../src/lib/export/partClaims';

const plan: PartPlan = { from: 101, width: 10, parts: 6, workers: 2, lookahead: 2 };

describe('part claims', () => {
	it('gives each part to one taker, the workers within reach of the main thread', () => {
		const claims = sharedClaims(plan);
		setGo(claims, 0, RUN);
		setGo(claims, 1, RUN);
		moveTo(claims, 0);
		expect(claimForWorker(claims, plan, 0)).toBe(0);
		expect(claimForWorker(claims, plan, 1)).toBe(1);
		expect(claimForMain(claims, plan, 0)).toBe(false);
		moveTo(claims, 2);
		expect(claimForMain(claims, plan, 2)).toBe(true);
		expect(claimForWorker(claims, plan, 0)).toBe(3);
		// Worker 1 stopped: its part from the main thread's on is free again, and only that one.
		releaseClaims(claims, plan, 1, 1);
		expect(claimForMain(claims, plan, 1)).toBe(true);
		expect(claimForMain(claims, plan, 3)).toBe(false);
		// A part can be taken over from a worker that is gone.
		expect(claimForMain(claims, plan, 3, true)).toBe(true);
	});

	it('sends a worker away when stopped or when nothing is left', () => {
		const claims = sharedClaims(plan);
		setGo(claims, 0, STOP);
		expect(claimForWorker(claims, plan, 0)).toBeNull();
		setGo(claims, 1, RUN);
		moveTo(claims, 6);
		expect(claimForWorker(claims, plan, 1)).toBeNull();
	});

	it('maps parts to comment ids', () => {
		expect([0, 1, 5].map((k) => partRange(plan, k))).toEqual([
			{ from: 101, to: 111 },
			{ from: 111, to: 121 },
			{ from: 151, to: 161 }
		]);
	});
});
