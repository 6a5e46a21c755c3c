// Emoji the demo sprinkles into comments, chosen to match the comment's mood. Includes the cases an
// emoji tagger must get right: skin tones, ZWJ sequences (🤦‍♂️, 👨‍👩‍👧), flags and variation selectors.

export const EMOJI = {
	positive: ['👍', '👍🏽', '👍🏿', '👏', '👏🏻', '👏🏾', '😊', '🙂', '🎉', '❤️', '💪', '💪🏼', '🙌', '🙌🏽', '✅', '🌟', '🥳', '😍', '🤗', '🌱'],
	negative: ['😡', '🤬', '👎', '👎🏼', '😤', '🙄', '😔', '😢', '💔', '🤦', '🤦‍♂️', '🤦🏻‍♀️', '😒', '🤡', '💸', '😞', '😠'],
	laugh: ['😂', '🤣', '😆', '😅', '😂😂', '🤣🤣🤣', '😹'],
	thinking: ['🤔', '🧐', '🤷', '🤷‍♀️', '🤷🏽‍♂️', '👀', '😬', '🤨'],
	peace: ['🌍', '🤝', '🕊️', '🙏', '🙏🏻', '🙏🏾', '🌍🤝🕊️', '🇺🇦', '🇪🇺', '🇬🇧', '🇩🇪', '🇫🇷', '🇪🇸', '🇮🇹', '🇵🇹', '🇺🇸', '🇺🇳', '🏳️‍🌈'],
	people: ['👨‍👩‍👧', '👨‍👩‍👧‍👦', '👩‍👩‍👦', '🧑‍⚕️', '👩‍🏫', '👨‍🔧', '👩‍💻', '🧑‍🌾', '👷‍♀️', '🧑🏾‍🏫', '👩🏽‍⚕️']
} as const;

export const SECTION_EMOJI: Record<string, readonly string[]> = {
	world: ['🕊️', '🌍', '🇺🇳', '🏳️'],
	climate: ['🌍', '🌡️', '🔥', '🌱', '♻️', '⛽'],
	housing: ['🏠', '🏘️', '🔑', '🏚️'],
	economy: ['💷', '💶', '💰', '🛒', '📉'],
	technology: ['🤖', '💻', '📷', '🧠'],
	transport: ['🚌', '🚲', '🚗', '🚇', '🚕'],
	health: ['🍬', '🥤', '🦷', '🍭'],
	education: ['📱', '📵', '🏫', '📚'],
	energy: ['⚛️', '☢️', '⚡', '🔋'],
	politics: ['🗳️', '🏛️', '🧑‍🎓'],
	work: ['📅', '💼', '😴', '☕'],
	sport: ['⚽', '🏟️', '🏆', '🧣']
};
