// `npm run screenshots`: photographs the built site. The work is in tasks/screenshots.ts; this entry is plain
// JavaScript so that a Node too old for it says so in one line.
import { requireNode } from './lib/node-version.js';

requireNode('npm run screenshots');
await import('./tasks/screenshots.ts');
