import type { Rng } from './prng';
import { FIRST, LAST, ADJ, NOUN, POETIC_ADJ, POETIC_NOUN, SPAM_WORDS } from './names';
import type { Lang } from './sections';

// Commenters are numbered 0..pool-1 in order of activity; an index maps to one handle (injectively:
// two indices never share a handle, so "distinct indices used" is exactly the authors row count).

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const FIRST_ASCII = FIRST.map(ascii);
const LAST_ASCII = LAST.map(ascii);
const suffix = (k: number, sep = '') => (k > 0 ? sep + k : '');

export interface Person {
	handle: string;
	name: string;
}

// Regulars are looked up constantly; a fixed-size cache of the most active indices saves rebuilding them.
const CACHED = 1 << 16;
const cache: (Person | undefined)[] = new Array(CACHED);

export function organicAuthor(i: number): Person {
	if (i < CACHED) return (cache[i] ??= buildOrganicAuthor(i));
	return buildOrganicAuthor(i);
}

function buildOrganicAuthor(i: number): Person {
	const style = i % 6;
	const j = Math.floor(i / 6);
	const F = FIRST.length,
		L = LAST.length;
	if (style === 0 || style === 1 || style === 4) {
		const a = j % F;
		const b = (Math.floor(j / F) + 13 * a) % L;
		const k = Math.floor(j / (F * L));
		const first = FIRST[a],
			last = LAST[b];
		const name = `${first} ${last}`;
		if (style === 0) return { handle: `${first}${last}${suffix(k)}`, name };
		if (style === 1) return { handle: `${FIRST_ASCII[a]}_${LAST_ASCII[b]}${suffix(k)}`, name };
		return { handle: `${FIRST_ASCII[a]}.${LAST_ASCII[b]}${suffix(k)}`, name };
	}
	const A = ADJ.length,
		N = NOUN.length;
	if (style === 3) {
		const year = 1950 + (j % 56);
		const noun = NOUN[Math.floor(j / 56) % N];
		const k = Math.floor(j / (56 * N));
		const handle = `${noun.toLowerCase()}${year}${suffix(k, '_')}`;
		return { handle, name: handle };
	}
	const a = j % A;
	const b = (Math.floor(j / A) + 7 * a) % N;
	const k = Math.floor(j / (A * N));
	const handle = style === 2 ? `${ADJ[a]}${NOUN[b]}${suffix(k)}` : `${ADJ[a].toLowerCase()}_${NOUN[b].toLowerCase()}${suffix(k)}`;
	return { handle, name: handle };
}

/** Campaign account g (numbered across all campaigns): "EmeraldLullaby", "VelvetHorizon42". */
export function campaignAccount(g: number): Person {
	const A = POETIC_ADJ.length,
		N = POETIC_NOUN.length;
	const slot = (g * 37) % (A * N); // spreads consecutive accounts over the name space
	const round = Math.floor(g / (A * N));
	const digits = (g * 7919) % 5 === 0 ? String(10 + ((g * 31) % 89)) : '';
	const handle = `${POETIC_ADJ[slot % A]}${POETIC_NOUN[Math.floor(slot / A)]}${digits}${round ? '_' + round : ''}`;
	return { handle, name: handle };
}

export function spamAccount(i: number): Person {
	const W = SPAM_WORDS.length;
	const handle = `${SPAM_WORDS[i % W]}_${SPAM_WORDS[(Math.floor(i / W) + 5) % W]}_${1000 + ((i * 7727) % 9000)}${i >= 9000 ? '_' + i : ''}`;
	return { handle, name: handle };
}

/**
 * Picks an author index with a long tail (Zipf-Mandelbrot, s=1.15, q=8): a few prolific regulars,
 * a broad middle and many who comment once.
 */
export function pickAuthorIndex(rng: Rng, pool: number): number {
	const s = 1.15,
		q = 8;
	const e = 1 - s;
	const a = Math.pow(1 + q, e),
		b = Math.pow(pool + 1 + q, e);
	const x = Math.pow(a + rng.next() * (b - a), 1 / e) - q;
	return Math.min(pool - 1, Math.max(0, Math.floor(x) - 1));
}

const LANGS: Lang[] = ['es', 'es', 'es', 'de', 'de', 'de', 'fr', 'fr', 'pt', 'pt', 'it', 'it'];

/** The language an author writes in: regulars write English; about 1 in 11 of the rest do not. */
export function authorLanguage(i: number, seedSalt: number): 'en' | Lang {
	if (i < 10) return 'en';
	let h = Math.imul(i ^ seedSalt, 2654435761) >>> 0;
	h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
	h = (h ^ (h >>> 13)) >>> 0;
	if (h % 1000 >= 90) return 'en';
	return LANGS[(h >>> 10) % LANGS.length];
}
