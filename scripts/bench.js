// `npm run bench`: builds the site and measures bytes, Lighthouse, elements and heap, and our chart
// against ECharts. The work is in tasks/bench.ts; this entry is plain JavaScript so that a Node
// too old for it says so in one line.
import { requireNode } from './lib/node-version.js';

requireNode('npm run bench');
await import('./tasks/bench.ts');
