// Sentiment for emoji newer than the Emoji Sentiment Ranking (2015) that are common in news
// comments, on the Ranking's -1..+1 scale ((positive - negative) / occurrences). murmur's own
// judgement, kept apart from the licensed data. Licence: MIT (murmur).
export const EMOJI_ADDITIONS: ReadonlyMap<string, number> = new Map([
	['🤔', -0.1], // thinking: doubt more often than approval; also a sarcasm cue
	['🙄', -0.6], // eye roll
	['🤡', -0.5],
	['🤣', 0.45], // like 😂: laughing, often mocking
	['🤬', -0.8],
	['🤮', -0.7],
	['🤢', -0.5],
	['🤦', -0.5],
	['🤷', -0.1],
	['🤝', 0.45],
	['🕊', 0.5],
	['🥰', 0.8],
	['🥺', -0.2],
	['🥳', 0.75],
	['🤗', 0.6],
	['🤞', 0.4],
	['🫡', 0.3],
	['🤩', 0.8],
	['🙃', -0.2],
	['🤨', -0.3],
	['🤐', -0.2],
	['🧐', 0],
	['🥲', 0.1],
	['🫠', -0.3],
	['🤯', -0.1],
	['🥴', -0.3],
	['🤥', -0.6],
	['🤑', -0.1],
	['🤠', 0.4],
	['🤓', 0.2],
	['🖕', -0.8],
	['🤙', 0.5],
	['🤟', 0.6],
	['🫶', 0.8]
]);
