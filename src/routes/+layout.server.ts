import type { LayoutServerLoad } from './$types';

// The reader's theme choice travels in a cookie so the server renders the right colours at once
// (an inline script would be blocked by the CSP). No cookie: follow prefers-color-scheme.
export const load: LayoutServerLoad = ({ cookies }) => {
	const t = cookies.get('theme');
	return { theme: t === 'light' || t === 'dark' ? (t as 'light' | 'dark') : null };
};
