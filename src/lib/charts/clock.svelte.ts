// The reader's time zone for showing stored UTC instants. The server cannot know it, so pages
// render in UTC and switch to the browser's zone once hydrated (+layout.svelte): the first paint
// matches the server's HTML exactly, then every label reads in local time.
export const clock = $state({ zone: 'UTC' });

/** Switches labels to the browser's own zone (an unknown zone keeps UTC). */
export function useReaderZone(): void {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (zone) clock.zone = zone;
}
