// `npm run embed-heights`: measures every embed's height per width into src/lib/embed/heights.json.
// The work is in tasks/embed-heights.ts; this entry is plain JavaScript so that a Node too old for
// it says so in one line.
import { requireNode } from './lib/node-version.js';

requireNode('npm run embed-heights');
await import('./tasks/embed-heights.ts');
