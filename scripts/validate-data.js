// `npm run validate`: checks data/ as the build does. The work is in tasks/validate-data.ts; this entry is plain
// JavaScript so that a Node too old for it says so in one line.
import { requireNode } from './lib/node-version.js';

requireNode('npm run validate');
await import('./tasks/validate-data.ts');
