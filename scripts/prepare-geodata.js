// `npm run geodata`: rebuilds the map's district shapes. The work is in tasks/prepare-geodata.ts; this entry is plain
// JavaScript so that a Node too old for it says so in one line.
import { requireNode } from './lib/node-version.js';

requireNode('npm run geodata');
await import('./tasks/prepare-geodata.ts');
