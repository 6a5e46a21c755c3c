// Stance cues: phrases that argue for or against whatever the comment is about, with a strength.
// Positive = favor, negative = against. Negation before a cue flips it ("can't support" is against,
// "don't oppose" leans favor). murmur's own lists. Licence: MIT (murmur).

const FAVOR = `
support 2|supports 2|supporting 1.5|endorse 2|endorses 2|welcome 1.5|in favour of 2|in favor of 2|all for 2|i'm for 2|
yes to 2|yes please 2|bring on 1.5|bring it on 1.5|bring in 1.5|go ahead 1|sign it 2.5|get it done 2|long overdue 2|
about time 2|should have come 1.5|should be the law 2.5|deserves a chance 2|worth it 1.5|worth a try 1.5|right call 2|right thing 2|
right decision 2|good decision 2|only way 1.5|best chance 1.5|best thing 2|it works 2|works 1.5|is working 2|are working 2|
success 1.5|permanent 1.5|kept it 2|kept the 1.5|it worked 2|has worked 1.5|fund 1.5|back this 2|back it 2|back the 1.5|huge success 2|a win 1.5|no-brainer 2|makes sense 2|common sense 1.5|sensible 1.5|need 1|needs 0.8|needed 0.8|must have 1|keep 1.5|
expand 1.5|extend 1.2|make it permanent 2|make permanent 2|accept 1.5|acceptable 1.5|afford 1|justified 1.5|fair to 1|
keep talking 2.5|keep the 1.5|save lives 1.5|saves lives 1.5|save thousands 1.5|stop the killing 2|stop the shelling 2|end the war 2|
ends the war 2|give peace a chance 2.5|glad 1.2|happy to 1.5|proud 1|hope 0.8|hoping 0.8|changed my mind 0|adopt 1|pass it 2|
build it 2|the way forward 2|step forward 1.5|step in the right direction 2|pay for itself 2|pays for itself 2|worth it 1.5|better than 1|
is better than 1.5|beats 1|never going back 2|never go back 2
`;

const AGAINST = `
oppose 2|opposes 2|opposed 2|opposing 2|against 1.5|reject 2|rejects 2|reject it 2.5|unacceptable 2.5|inacceptable 2.5|
scrap 2|scrapped 2|scrap it 2.5|repeal 2|repealed 2|repeal it 2.5|axe 2|abolish 2|ditch 2|drop 1.2|remove 1.5|get rid of 2|
strike down 2|struck down 2|vote no 2.5|no to 2.5|hard pass 2.5|walk away 2|stop 1.2|capitulation 2.5|surrender 2|appeasement 2.5|
reward for aggression 2.5|rewarding 1.5|reward 1|legitimize 2|legitimizes 2|legitimise 2|legitimises 2|betray 2|betrays 2|betrayal 2|
farce 2|charade 2|sham 2|trap 2|cash grab 2.5|cash cow 2|gimmick 1.5|giveaway 1.5|boondoggle 2.5|bad idea 2|terrible idea 2.5|
awful idea 2.5|bad deal 2|mistake 1.5|pointless 2|won't work 2|will fail 2|doomed 1.5|fantasy 1.5|not up for negotiation 3|not be up for negotiation 3|never be up for negotiation 3|not for sale 2.5|
non-negotiable 3|not negotiable 3|red line 1.5|enough of 1.5|no more 1.5|wrong tool 2|wrong way 1.5|lazy 1|disgrace 1.5|
punishing 1.5|punishes 1.5|killing us 2|hits the poor 2|hits the poorest 2|hit our 1.5|tax on 1|never again 2|
dressed up as 1.5|stinks 2|rip-off 2|ripoff 2|daylight robbery 2|waste of money 2.5|giving up 1.5|give up 1.5|waste of 1.5|shut out 1|squeeze 1.5
`;

function parse(text: string, sign: number): [string, number][] {
	return text
		.split('|')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => {
			const at = s.lastIndexOf(' ');
			const weight = Number(s.slice(at + 1));
			if (Number.isNaN(weight)) throw new Error(`lexicons/stanceCues.ts: no weight in "${s}"`);
			return [s.slice(0, at), sign * weight];
		});
}

export const STANCE_CUES: [phrase: string, weight: number][] = [...parse(FAVOR, 1), ...parse(AGAINST, -1)];

/** Verbs that end or undo the target: their object loses ("scrap the tax"), so a judgement of the act flips. */
export const REMOVAL_VERBS: ReadonlySet<string> = new Set(
	'scrap scraps scrapped scrapping repeal repeals repealed repealing axe axed axing abolish abolished abolishing ditch ditched drop dropped dropping remove removed removing removal scrapping cancel cancelled canceled cancelling end ended ending kill killed kills reject rejected rejecting strike struck block blocked blocking'.split(' ')
);

/** Verbs that hold the target up: a complaint about them is support for the target ("they stall the ceasefire"). */
export const OBSTRUCTION_VERBS: ReadonlySet<string> = new Set('stall stalls stalled stalling delay delays delayed delaying obstruct obstructs obstructed sabotage sabotaged derail derailed undermine undermined torpedo torpedoed'.split(' '));

/** Words that stand for the comment's subject when it is not named ("Sign it.", "Repeal this."). */
export const ANAPHORA: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'these']);

/** Sentences that report or ask take no side, whatever their words. */
export const REPORTING: ReadonlySet<string> = new Set(['reportedly', 'according', 'said', 'says', 'say', 'whether', 'announced', 'estimates', 'expected', 'scheduled', 'survey', 'poll']);
