// Western emoticons and their valence on the scorer's -4..+4 scale, lower-cased as the tokenizer
// normalises them (":D" is ":d"). murmur's own list. Licence: MIT (murmur).

const HAPPY = [':)', ':-)', ':))', ':-))', ':)))', '=)', ':]', ':-]', ':}', ':o)', ':^)', '(:', '(-:', '8)', '8-)', ':3', '=]', '^_^', '^^', '^.^', '\\o/'];
const LAUGH = [':d', ':-d', ':dd', '=d', 'xd', 'xdd', '8d', ';d'];
const WINK = [';)', ';-)', ';]', ';-]', ';p', ';-p', ':p', ':-p', '=p', 'xp', ':*', ':-*', ';*'];
const LOVE = ['<3', '<33', '<333'];
const SAD = [':(', ':-(', ':((', ':-((', '=(', ':[', ':-[', ':{', '):', ')-:', ':c', ':<', 't_t', ';_;', ":'(", ":'-(", '</3'];
const ANGRY = ['>:(', '>:-(', '>:[', '>:o', ':@', '-_-', '>_<', '-.-'];
const UNEASY = [':/', ':-/', ':\\', ':-\\', ':s', ':-s', ':|', ':-|', '=/', 'o_o', 'o.o', 'o_0', '0_o', '0_0', 'o.0', ':o', ':-o'];

export const EMOTICONS: ReadonlyMap<string, number> = new Map([
	...HAPPY.map((e) => [e, 2] as const),
	...LAUGH.map((e) => [e, 2.4] as const),
	...WINK.map((e) => [e, 1.5] as const),
	...LOVE.map((e) => [e, 2.6] as const),
	...SAD.map((e) => [e, -2.1] as const),
	...ANGRY.map((e) => [e, -2.2] as const),
	...UNEASY.map((e) => [e, -0.9] as const),
	[":')", 1.8],
	[":'-)", 1.8]
]);
