import type { Command } from '../command';
import { exportCommand } from './export';
import { stats } from './stats';
import { ingest } from './ingest';
import { serve } from './serve';
import { demo } from './demo';
import { tag } from './tag';
import { analyzeCommand } from './analyze';
import { targets } from './targets';
import { coordination } from './coordination';

// Order is the order of `murmur --help`.
export const commands: Command[] = [
	ingest,
	tag,
	analyzeCommand,
	targets,
	coordination,
	exportCommand,
	stats,
	demo,
	serve
];
