import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { compressPng } from './png.ts';

// A small chart-like drawing: flat fills, antialiased edges and text-like strokes.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120">
	<rect width="240" height="120" fill="#fff"/>
	${[0, 1, 2, 3].map((i) => `<rect x="10" y="${10 + i * 26}" width="${60 + i * 40}" height="18" rx="3" fill="#0b5cad"/>`).join('')}
	<circle cx="200" cy="60" r="23.5" fill="#b35c00" opacity="0.6"/>
	<path d="M5 115 L235 5" stroke="#4c5563" stroke-width="1.3"/>
</svg>`;

describe('compressPng', () => {
	it('keeps every pixel and takes fewer bytes than resvg writes', () => {
		const original = new Resvg(SVG, { fitTo: { mode: 'zoom', value: 2 } }).render().asPng();
		const compressed = compressPng(original);
		expect(compressed.length).toBeLessThan(original.length);
		const [before, after] = [PNG.sync.read(original), PNG.sync.read(Buffer.from(compressed))];
		expect([after.width, after.height]).toEqual([before.width, before.height]);
		expect(Buffer.compare(after.data, before.data)).toBe(0);
		// The second time comes from the cache, byte for byte.
		expect(Buffer.compare(Buffer.from(compressPng(original)), Buffer.from(compressed))).toBe(0);
	});
});
