// AFINN-165 word list (Finn Årup Nielsen, http://www2.imm.dtu.dk/pubdb/pubs/6010-full.html),
// word -> integer valence -5..+5, as shipped in the `sentiment` npm package (MIT, Andrew Sliwinski).
// AFINN itself is published under the Open Database License (ODbL) v1.0; it is read from the
// installed package rather than copied here (README.md and NOTICE.md in this folder: what that asks). (require, not a JSON import: tsx turns JSON keys into
// named exports and chokes on entries such as "protected" and "super".)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const AFINN: Readonly<Record<string, number>> = require('sentiment/languages/en/labels.json');
