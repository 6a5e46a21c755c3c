// Word lists for commenter handles. The lists are disjoint so that handles built from different
// styles can never spell the same string (tests check uniqueness over a large range).

export const FIRST = ['Maria', 'James', 'Aisha', 'Tomasz', 'Sofia', 'Liam', 'Chloé', 'Mateo', 'Ingrid', 'Kwame', 'Yuki', 'Fatima',
	'Oliver', 'Zoë', 'Rafael', 'Niamh', 'Jürgen', 'Priya', 'Ahmed', 'Elena', 'Marcus', 'Léa', 'Sven', 'Amara', 'Diego', 'Hannah',
	'Ravi', 'Lucía', 'Finn', 'Olga', 'Samuel', 'Mei', 'Connor', 'Ana', 'Bjørn', 'Grace', 'Emeka', 'Isabel', 'Henrik', 'Nadia',
	'Pedro', 'Siobhan', 'Yusuf', 'Camille', 'Dmitri', 'Ruth', 'Kofi', 'Beatriz', 'Ewan', 'Leila', 'Jonas', 'Marta', 'Tariq',
	'Alice', 'Paolo', 'Freya', 'Joaquín', 'Imogen', 'Arjun', 'Greta', 'Malik', 'Rosa', 'Callum', 'Noor', 'Matthias', 'Inés',
	'Declan', 'Agnieszka', 'Tobias', 'Wanjiru', 'Hugo', 'Saoirse', 'Karim', 'Elif', 'Patrick', 'Astrid', 'Nikolai', 'Carmen',
	'Owen', 'Ngozi', 'Florian', 'Mariam', 'Stefan', 'Rhiannon', 'Andrés', 'Helga', 'Dominic', 'Yasmin', 'Lars', 'Teresa'];

export const LAST = ['Keller', 'Okoye', 'Novak', 'García', 'Lindqvist', 'Murphy', 'Rossi', 'Tanaka', 'Haddad', 'Schmidt', 'Dubois',
	'Kowalski', 'Mensah', 'Silva', 'Jensen', 'Byrne', 'Moreau', 'Fischer', 'Costa', 'Nakamura', 'Hughes', 'Petrov', 'Andersson',
	'Ferreira', 'Walsh', 'Bianchi', 'Yilmaz', 'Adeyemi', 'Larsen', 'Romero', 'Doyle', 'Weber', 'Santos', 'Kaur', 'Hansen',
	'Morales', 'Quinn', 'Lehmann', 'Conti', 'Osei', 'Nowak', 'Fernández', 'Eriksen', 'Gallagher', 'Ricci', 'Vogel', 'Martins',
	'Chen', 'Kennedy', 'Svensson', 'Lopes', 'Brennan', 'Marino', 'Wagner', 'Nieminen', 'Ibrahim', 'Sullivan', 'Castro', 'Berg',
	'Mwangi', 'Horvat', 'Reilly', 'Lombardi', 'Becker', 'Pereira', 'Nyberg', 'Duarte', 'Farrell', 'Greco', 'Hoffmann', 'Ahmadi',
	'Kelly', 'Moretti', 'Krüger', 'Ramos', 'Olsen', 'Dunne', 'Esposito', 'Wolf', 'Barros', 'Holm', 'Kavanagh', 'Sato', 'Park'];

export const ADJ = ['Quiet', 'Honest', 'Grumpy', 'Local', 'Curious', 'Sensible', 'Skeptical', 'Weary', 'Patient', 'Restless',
	'Practical', 'Cynical', 'Hopeful', 'Stubborn', 'Tired', 'Rational', 'Angry', 'Cheerful', 'Northern', 'Southern', 'Rural',
	'Urban', 'Retired', 'Plain', 'Frank', 'Modest', 'Bored', 'Candid', 'Sober', 'Blunt', 'Humble', 'Loyal', 'Gentle', 'Wry',
	'Steady', 'Lucky', 'Eager', 'Grounded', 'Puzzled', 'Concerned'];

export const NOUN = ['Observer', 'Reader', 'Taxpayer', 'Commuter', 'Citizen', 'Voter', 'Neighbour', 'Skeptic', 'Realist',
	'Pragmatist', 'Cyclist', 'Gardener', 'Walker', 'Thinker', 'Critic', 'Owl', 'Badger', 'Heron', 'Fox', 'Otter', 'Sailor',
	'Baker', 'Teacher', 'Farmer', 'Engineer', 'Historian', 'Listener', 'Wanderer', 'Lurker', 'Contrarian', 'Optimist',
	'Pessimist', 'Regular', 'Resident', 'Dad', 'Mum', 'Nan', 'Grandad', 'Builder', 'Nurse'];

/** The generated-looking names of campaign accounts, like the pasted page's StardustBlossom. */
export const POETIC_ADJ = ['Stardust', 'Emerald', 'Velvet', 'Silver', 'Amber', 'Crystal', 'Lunar', 'Misty', 'Golden', 'Whisper',
	'Sapphire', 'Coral', 'Ivory', 'Crimson', 'Azure', 'Willow', 'Maple', 'Hazel', 'Scarlet', 'Jade', 'Opal', 'Dawn', 'Ember',
	'Frost', 'Meadow', 'Autumn', 'Cobalt', 'Lilac', 'Saffron', 'Indigo', 'Pearl', 'Starlit', 'Moonlit', 'Sunny', 'Breezy', 'Dewy'];
export const POETIC_NOUN = ['Blossom', 'Lullaby', 'Horizon', 'Meadowlark', 'Echo', 'Petal', 'Harbor', 'Sparrow', 'Lagoon',
	'Willowbrook', 'Daydream', 'Ripple', 'Firefly', 'Cascade', 'Serenade', 'Glimmer', 'Bloom', 'Zephyr', 'Aurora', 'Brook',
	'Canyon', 'Solstice', 'Nectar', 'Twilight', 'Prism', 'Haven', 'Melody', 'Orchid', 'Tide', 'Clover', 'Feather', 'Lantern'];

export const SPAM_WORDS = ['cash', 'deals', 'promo', 'bonus', 'crypto', 'earn', 'offer', 'wins', 'lucky', 'profit', 'loans', 'free'];

/** Bylines for articles. */
export const JOURNALISTS = ['Valery Shiryayev', 'Harriet Cole', 'Daniel Okafor', 'Mirela Popescu', 'Tom Ashworth', 'Lucía Benítez',
	'Priya Nair', 'Gareth Lloyd', 'Anneke de Vries', 'Samuel Adjei', 'Claire Fontaine', 'Jakob Lindgren', 'Rosa Delgado',
	'Ewan McLeod', 'Hana Kobayashi', 'Ibrahim Sesay', 'Marta Zielińska', 'Oliver Grant', 'Fiona Whelan', 'Carlos Mendes',
	'Ingrid Solberg', 'Nikhil Rao', 'Beatrice Hale', 'Kenji Watanabe'];
