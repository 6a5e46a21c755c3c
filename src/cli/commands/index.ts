import type { Command } from '../command';
import { notYet } from './notYet';
import { exportCommand } from './export';
import { stats } from './stats';
import { ingest } from './ingest';
import { serve } from './serve';
import { demo } from './demo';

// Order is the order of `murmur --help`.
export const commands: Command[] = [
	ingest,
	notYet('tag', 'tag every comment: sentiment, stance, emoji, topics, language', 'issue 4 (NLP pass)'),
	notYet('analyze', 'analyse NDJSON texts from stdin or a file, no database needed', 'issue 4 (NLP pass)'),
	notYet('targets', 'list or add stance targets', 'issue 4 (NLP pass)'),
	notYet('coordination', 'find near-duplicate, templated and bursty commenting', 'issue 7 (coordination)'),
	exportCommand,
	stats,
	demo,
	serve
];
