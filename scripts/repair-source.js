// `npm run repair`: rebuilds data/article/ from data/source/. The work is in tasks/repair-source.ts; this entry is plain
// JavaScript so that a Node too old for it says so in one line.
import { requireNode } from './lib/node-version.js';

requireNode('npm run repair');
await import('./tasks/repair-source.ts');
