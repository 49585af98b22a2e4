// `npm run favicon`: draws static/favicon.png from static/favicon.svg (tasks/favicon.ts). Plain
// JavaScript so that a Node too old for the task says so in one line.
import { requireNode } from './lib/node-version.js';

requireNode('npm run favicon');
await import('./tasks/favicon.ts');
