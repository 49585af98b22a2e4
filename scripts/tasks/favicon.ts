import { readFileSync, writeFileSync } from 'node:fs';
import { FAVICON_SIZE, drawFavicon } from '../lib/favicon.ts';

const png = drawFavicon(readFileSync('static/favicon.svg', 'utf8'));
writeFileSync('static/favicon.png', png);
console.log(`static/favicon.png: ${FAVICON_SIZE}×${FAVICON_SIZE}, ${png.length} B`);
