/**
 * PNGs of chart images, drawn by resvg from the SVG with the bundled fonts only (never the
 * machine's), then compressed losslessly by oxipng (half the bytes of resvg's own encoding). The
 * fonts are first cut down to the characters the images use: resvg reads its fonts afresh for
 * every image, and a full CJK face is 10 MB. Same SVG and fonts, same bytes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { initSync, optimise } from '@jsquash/oxipng/codec/pkg/squoosh_oxipng.js';
import { renderAsync } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { FONT_FACES, fontFilePath } from './fonts.ts';

/** Every character the SVGs hold, so no glyph an image draws is cut. */
function charactersOf(svgs: string[]): string {
	const characters = new Set<string>();
	for (const svg of svgs) for (const char of svg) characters.add(char);
	return [...characters].sort().join('');
}

/** Subsets of the bundled faces holding the characters of `svgs`, as files resvg can load. */
export async function subsetFontFiles(svgs: string[]): Promise<string[]> {
	const characters = charactersOf(svgs);
	const key = createHash('sha256')
		.update(characters)
		.update(FONT_FACES.map((f) => `${f.file}:${fs.statSync(fontFilePath(f.file)).size}`).join('\n'))
		.digest('hex')
		.slice(0, 16);
	const dir = path.join(os.tmpdir(), 'langfang-chart-fonts', key);
	fs.mkdirSync(dir, { recursive: true });
	return Promise.all(
		FONT_FACES.map(async (face) => {
			const file = path.join(dir, path.basename(face.file));
			if (!fs.existsSync(file)) {
				const subset = await subsetFont(fs.readFileSync(fontFilePath(face.file)), characters, {
					targetFormat: 'truetype'
				});
				// Written whole under a temporary name: a build running beside this one never reads half a font.
				const partial = `${file}.${process.pid}.part`;
				fs.writeFileSync(partial, subset);
				fs.renameSync(partial, file);
			}
			return file;
		})
	);
}

/** oxipng's own default: most of what its slower levels find, at a fraction of their time. */
const OXIPNG_LEVEL = 2;
const OXIPNG_WASM = '@jsquash/oxipng/codec/pkg/squoosh_oxipng_bg.wasm';
let oxipngReady = false;

/**
 * `png` losslessly recompressed (filters tried per row, a better deflate). It takes about half a
 * second an image on the main thread, so the result is kept on disk by the input's hash: the
 * second build and the tests' builds of the same images only read it.
 */
export function compressPng(png: Uint8Array): Uint8Array {
	const key = createHash('sha256').update(png).update(`oxipng ${OXIPNG_LEVEL}`).digest('hex');
	const dir = path.join(os.tmpdir(), 'langfang-chart-pngs');
	const file = path.join(dir, `${key.slice(0, 32)}.png`);
	if (fs.existsSync(file)) return fs.readFileSync(file);
	if (!oxipngReady) {
		initSync(fs.readFileSync(createRequire(import.meta.url).resolve(OXIPNG_WASM)));
		oxipngReady = true;
	}
	const compressed = optimise(png, OXIPNG_LEVEL, false, false);
	fs.mkdirSync(dir, { recursive: true });
	// Written whole under a temporary name, as the fonts are.
	const partial = `${file}.${process.pid}.part`;
	fs.writeFileSync(partial, compressed);
	fs.renameSync(partial, file);
	return compressed;
}

/** The SVG as a PNG at `scale` (2 → 1200 px wide for a 600 px image), drawn off the main thread. */
export async function renderPng(svg: string, scale: number, fontFiles: string[]): Promise<Uint8Array> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans SC' },
		shapeRendering: 2,
		textRendering: 1
	});
	return compressPng(image.asPng());
}
