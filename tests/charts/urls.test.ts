import { describe, expect, it } from 'vitest';
import { filterQuery, viewHref, withOption, withValue, withValues, withoutValue } from '../../src/lib/components/urls';

const P = (s: string) => new URLSearchParams(s);

describe('filter links', () => {
	it('adds a value to a repeatable filter, canonically, keeping view options and dropping the cursor', () => {
		expect(withValue(P('topic=Budget&granularity=week&cursor=abc'), 'topic', 'Ceasefire')).toBe('?topic=Budget&topic=Ceasefire&granularity=week');
		expect(withValue(P('topic=Budget'), 'topic', 'Budget')).toBe('?topic=Budget');
		expect(withValue(P('flagged=only'), 'flagged', 'exclude', true)).toBe('?flagged=exclude');
	});

	it('removes one value, or a whole filter', () => {
		expect(withoutValue(P('sentiment=negative&sentiment=positive&lang=en'), 'sentiment', 'negative')).toBe('?sentiment=positive&lang=en');
		expect(withoutValue(P('article=3&article=7'), 'article', '3')).toBe('?article=7');
		expect(withoutValue(P('q=peace&flagged=exclude'), 'q')).toBe('?flagged=exclude');
		expect(withoutValue(P('flagged=exclude'), 'flagged')).toBe('?');
	});

	it('sets a brushed range in one step', () => {
		expect(withValues(P('from=2026-01-01&topic=Budget&sort=oldest'), { from: '2026-03-01', to: '2026-03-31' })).toBe(
			'?from=2026-03-01&to=2026-03-31&topic=Budget&sort=oldest'
		);
		expect(withValues(P('from=2026-03-01&to=2026-03-31'), { from: null, to: null })).toBe('?');
	});

	it('toggles view options without touching filters', () => {
		expect(withOption(P('topic=Budget&cursor=x'), 'granularity', 'week')).toBe('?topic=Budget&granularity=week');
		expect(withOption(P('granularity=week'), 'granularity', null)).toBe('?');
	});

	it('carries only the filters across views', () => {
		expect(filterQuery(P('granularity=week&topic=Budget&sort=oldest&from=2026-03-01'))).toBe('from=2026-03-01&topic=Budget');
		expect(viewHref('/topics', P('lang=EN&granularity=day'))).toBe('/topics?lang=en');
		expect(viewHref('/emoji', P('sort=oldest'))).toBe('/emoji');
		// Invalid filters are carried verbatim so the next view can say what is wrong with them.
		expect(filterQuery(P('from=yesterday&x=1'))).toBe('from=yesterday');
	});
});
