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
		text: '{This situation|This whole situation} feels so {complex|complicated} and {tense|fraught}, and it is {hard|difficult} to see a clear path to peace right now. The ceasefire deal is the only {realistic|sensible} way to stop the suffering, and {every|each} day of delay costs {innocent|civilian} lives. Hoping {everyone|all sides} {can|will} put people first and support it {soon|now} {🙏🌍|🌍🤝🕊️|🙏|🕊️|🙏🕊️}',
		prefixes: ['Well said above.', 'So true.', 'Exactly this.']
	},
	{
		section: 'climate',
		stance: 'against',
		text: 'As a {working|hard-working} {parent|mum|dad} {in the countryside|outside the city}, I can tell you the carbon tax is {crushing|squeezing} families like mine. {Fuel|Heating} costs {keep climbing|are through the roof} and the so-called rebate {never covers|does not cover} it. {Scrap|Stop} the carbon tax {now|today} and {let us|let families} {breathe|live}! {😡|😤|💸|}',
		prefixes: ['Same here.', 'This!', 'Exactly.']
	},
	{
		section: 'housing',
		stance: 'against',
		text: 'Rent control {sounds nice|sounds good on paper} but it will {destroy|wreck} the rental market. {Small|Ordinary} landlords like {me|my parents} will {sell up|be forced out}, and {tenants|renters} will {have fewer homes|find nothing} to rent. {Every|Any} economist {knows|will tell you} this. Say NO to rent control {before it is too late|while we still can}{!|!!!|.}',
		prefixes: ['Facts.', 'Finally someone says it.', 'Agreed.']
	},
	{
		section: 'technology',
		stance: 'favor',
		text: "{I'm|I am} a {software engineer|developer} and I {fully|strongly} support AI regulation. {Companies|Big tech firms} should not be allowed to {mark their own homework|police themselves}. {Clear|Strong} rules protect {all of us|everyone} from {deepfakes|scams} and {bias|discrimination}. Please {contact|write to} your MP and {support|back} the AI act {today|now}! {💻✅|🤖|✅|}",
		prefixes: ['100% this.', 'Well put.', 'Yes!']
	},
	{
		section: 'energy',
		stance: 'favor',
		text: 'Nuclear power is {clean|safe}, reliable and {proven|tested}. {Wind and solar|Renewables} {alone|on their own} cannot keep the lights on {on a still winter night|when the wind drops}. {We|This country} {need|needs} the new plant {now|built}, not in {ten|twenty} years. {Build it|Get it done|Approve it}! {⚛️⚡|⚡|💪|}',
		prefixes: ['Exactly.', 'Common sense.', 'This.']
	},
	{
		section: 'sport',
		stance: 'against',
		text: "Not one {penny|cent} of {public|taxpayer} money should go to {a billionaire's|the owner's} stadium. Our {library|swimming pool} is {closing|being cut} while the council {hands out|signs off} millions {to a football club|for a new ground}. {Say no|Vote no} to the stadium subsidy{!|!!|.} {😡|👎|🤬|}",
		prefixes: ['Spot on.', 'Hear hear.', 'Agreed.']
	},
	{
		section: 'politics',
		stance: 'against',
		text: "Votes at 16 is {nothing more than|just} a {cynical|transparent} {attempt|ploy} to {rig|win} the next election. {Sixteen-year-olds|Kids} {can't|cannot} {even |}{buy a drink|sign a contract}, so why should they {choose|pick} the government? {Keep|Leave} the voting age at 18{!|!!|.} {🗳️|👎|}",
		prefixes: ['Exactly.', 'Well said.', 'Totally agree.']
	}
];
