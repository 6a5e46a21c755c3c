// The planted copy-paste campaigns: one earnest script per section, posted by fresh accounts with
// small edits ({a|b} picks one wording per copy). Each copy differs from another in a few words,
// so a near-duplicate detector should group them while organic comments stay apart.

export interface CampaignScript {
	/** Section slug the campaign targets. */
	section: string;
	stance: 'favor' | 'against';
	text: string;
	/** Optional lines a copy may start with ("Exactly.", "So true."). */
	prefixes: string[];
}

export const CAMPAIGN_SCRIPTS: CampaignScript[] = [
	{
		section: 'world',
		stance: 'favor',
		text: 'This situation feels so {complex|complicated} and tense, and it is hard to see a clear path to peace right now. The ceasefire deal is the only {realistic|sensible} way to stop the suffering, and every day of delay costs innocent lives. Hoping {everyone|all sides} can put people first and support it soon {🙏🌍|🌍🤝🕊️|🙏}',
		prefixes: ['Well said above.', 'So true.', 'Exactly this.']
	},
	{
		section: 'climate',
		stance: 'against',
		text: 'As a working {mum|dad} in the countryside, I can tell you the carbon tax is crushing families like mine. Fuel costs {keep climbing|are through the roof} and the so-called rebate never covers it. Scrap the carbon tax {now|today} and let families breathe! {😡|😤|}',
		prefixes: ['Same here.', 'This!', 'Exactly.']
	},
	{
		section: 'housing',
		stance: 'against',
		text: 'Rent control sounds {nice|good on paper} but it will destroy the rental market. Small landlords like {me|my parents} will sell up, and tenants will have fewer homes to rent. Every economist knows this. Say NO to rent control before it is too late{!|!!!}',
		prefixes: ['Facts.', 'Finally someone says it.', 'Agreed.']
	},
	{
		section: 'technology',
		stance: 'favor',
		text: "I'm a {software engineer|developer} and I strongly support AI regulation. Big tech firms should not be allowed to mark their own homework. Clear rules protect {all of us|everyone} from deepfakes and discrimination. Please write to your MP and support the AI act today! {💻✅|✅|}",
		prefixes: ['100% this.', 'Well put.', 'Yes!']
	},
	{
		section: 'energy',
		stance: 'favor',
		text: 'Nuclear power is clean, reliable and proven. Wind and solar {alone|on their own} cannot keep the lights on when the wind drops. This country needs the new plant now, not in {ten|twenty} years. Build it! {⚛️⚡|⚡|}',
		prefixes: ['Exactly.', 'Common sense.', 'This.']
	},
	{
		section: 'sport',
		stance: 'against',
		text: "Not one penny of {public|taxpayer} money should go to a billionaire's stadium. Our {library|swimming pool} is closing while the council hands out millions to a football club. Say no to the stadium subsidy{!|!!} {😡|👎|}",
		prefixes: ['Spot on.', 'Hear hear.', 'Agreed.']
	},
	{
		section: 'politics',
		stance: 'against',
		text: "Votes at 16 is nothing more than a {cynical|transparent} attempt to win the next election. Sixteen-year-olds cannot even {buy a drink|sign a contract}, so why should they choose the government? Keep the voting age at 18{!|!!} {🗳️|👎|}",
		prefixes: ['Exactly.', 'Well said.', 'Totally agree.']
	}
];
