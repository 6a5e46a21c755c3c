import type { SectionSpec } from './section';
import { world } from './world';
import { climate } from './climate';
import { housing } from './housing';
import { economy } from './economy';
import { technology } from './technology';
import { transport } from './transport';
import { health } from './health';
import { education } from './education';
import { energy } from './energy';
import { politics } from './politics';
import { work } from './work';
import { sport } from './sport';

export type { SectionSpec, Lang } from './section';

/** The demo's twelve sections, each with one stance target. Order is fixed: it seeds the corpus. */
export const SECTIONS: readonly SectionSpec[] = [world, climate, housing, economy, technology, transport, health, education, energy, politics, work, sport];
