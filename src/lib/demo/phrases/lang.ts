// Non-English comment phrases. [T] is the section target as a subject noun phrase in that language;
// templates avoid prepositions that would contract with its article (es "de el", fr "de le").

export interface LangPhrases {
	openers: string[];
	favor: string[];
	against: string[];
	neutral: string[];
	offTopic: string[];
	positive: string[];
	negative: string[];
	personal: string[];
	closers: string[];
	groups: string[];
	/** Home towns for personal lines ([HOME]). */
	home: string[];
}
