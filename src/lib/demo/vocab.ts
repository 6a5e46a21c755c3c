import type { Rng } from './prng';
import type { Slots } from './phrase';

// Generic vocabulary shared by every section: fillers that make two comments built from the same
// template still read differently (numbers, jobs, days, teams).

export const JOBS = ['nurse', 'teacher', 'bus driver', 'small business owner', 'student', 'retired engineer', 'carer', 'plumber',
	'GP', 'farmer', 'software developer', 'shop manager', 'single parent', 'pensioner', 'paramedic', 'electrician', 'accountant',
	'delivery driver', 'landlord', 'tenant', 'chef', 'social worker', 'police officer', 'librarian', 'mechanic', 'journalist'];
export const TEAMS = ['Northfield Rovers', 'Calder United', 'Harlow Athletic', 'Stonebridge City', 'Millbrook Town', 'the Wanderers', 'Riverside FC', 'Ashby Albion'];
export const TYPOS = ['goverment', 'recieve', 'definately', 'seperate', 'occured', 'untill', 'wich', 'accomodation', 'publically', 'independant'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const INTENSIFIERS = ['really', 'so', 'incredibly', 'absolutely', 'extremely', 'genuinely', 'truly', 'deeply', 'totally', 'seriously'];

/** 12345 -> "12,345" without Intl, so output never depends on the ICU build. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A number that reads like one from the news: small counts, hundreds, or grouped thousands. */
export function newsNumber(rng: Rng): string {
	const r = rng.next();
	if (r < 0.3) return String(rng.range(2, 60));
	if (r < 0.65) return String(rng.range(61, 999));
	if (r < 0.9) return grouped(rng.range(1, 99) * 100 + rng.range(0, 9) * 10);
	return grouped(rng.range(10, 950) * 1000);
}

export const CURRENCIES = ['£', '€', '$'];

export function money(rng: Rng, cur = rng.pick(CURRENCIES)): string {
	const r = rng.next();
	if (r < 0.4) return `${cur}${rng.range(5, 29)}.${String(rng.int(100)).padStart(2, '0')}`;
	if (r < 0.8) return `${cur}${rng.range(30, 990)}`;
	return `${cur}${grouped(rng.range(1, 40) * 100 + rng.range(0, 9) * 10)}`;
}

function spamUrl(rng: Rng): string {
	const a = rng.pick(['best', 'easy', 'quick', 'top', 'real', 'smart', 'mega', 'daily']);
	const b = rng.pick(['cash', 'deals', 'income', 'wins', 'offers', 'profit', 'dates', 'loans']);
	const tld = rng.pick(['biz', 'xyz', 'top', 'click', 'info', 'shop']);
	return `https://${a}${b}${rng.chance(0.5) ? rng.range(1, 999) : ''}.${tld}/${rng.pick(['ref', 'go', 'p', 'join', 'r'])}${rng.range(100, 99999)}`;
}

/** Slots every phrase may use, whatever the section. */
export const GENERIC_SLOTS: Slots = {
	N: newsNumber,
	N2: (rng) => String(rng.range(2, 60)),
	N3: (rng) => String(rng.range(2, 40)),
	MILLIONS: (rng) => String(rng.range(3, 900)),
	PCT: (rng) => `${rng.range(3, 64)}%`,
	SMALLPCT: (rng) => `${rng.range(1, 9)}.${rng.int(10)}%`,
	MONEY: money,
	MONEY2: (rng) => `$${grouped(rng.range(2, 95) * 50)}`,
	YEAR: (rng) => String(rng.range(1990, 2025)),
	FUTURE: (rng) => String(rng.range(2027, 2035)),
	DAY: (rng) => rng.pick(DAYS),
	MONTH: (rng) => rng.pick(MONTHS),
	HOUR: (rng) => `${rng.range(6, 22)}:${String(rng.int(60)).padStart(2, '0')}`,
	JOB: (rng) => rng.pick(JOBS),
	TEAM: (rng) => rng.pick(TEAMS),
	TYPO: (rng) => rng.pick(TYPOS),
	URL: spamUrl,
	INT: (rng) => rng.pick(INTENSIFIERS),
	INT_CAP: (rng) => {
		const w = rng.pick(INTENSIFIERS);
		return w[0].toUpperCase() + w.slice(1);
	}
};
