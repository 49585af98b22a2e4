/**
 * The chart images in the build the `site` web server made (and the `subpath` one, built apart):
 * every file there, the right size, showing its marks, its SVG drawing the same as its PNG, named
 * by the pages' link previews, offered by the embed dialog, and the same bytes in both builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures.ts';
import { REGISTRY } from '../src/lib/registry/index.ts';
import { builtImages, imageVariants } from '../src/lib/images/image-files.ts';
import { IMAGES_DIR, IMAGE_SCALES, pngName, svgName } from '../src/lib/images/image-names.ts';
import { FONT_FACES, fontFilePath } from '../src/lib/images/fonts.ts';
import { palette, resolveColor } from '../src/lib/images/palette.ts';
import { chartImageOf } from '../src/lib/server/chart-images.ts';
import { markProblems } from './image-checks.ts';

const BUILD = 'build';
const SUBPATH_BUILD = 'build-subpath';
const read = (name: string, build = BUILD) => fs.readFileSync(path.join(build, IMAGES_DIR, name));
const label = (v: { id: string; locale: string; theme: string }) => `${v.id} ${v.locale} ${v.theme}`;

test('every entry of the registry has its PNGs (1×, 2×) and SVG in both languages and themes, listed with their sizes', () => {
	const { files, totalBytes } = builtImages(BUILD);
	for (const entry of REGISTRY) {
		const own = files.filter((f) => f.id === entry.id);
		expect(
			own.filter((f) => f.format === 'png'),
			entry.id
		).toHaveLength(8);
		expect(
			own.filter((f) => f.format === 'svg'),
			entry.id
		).toHaveLength(4);
	}
	const index = JSON.parse(fs.readFileSync(path.join(BUILD, 'embed/index.json'), 'utf8'));
	expect(index.imageBytes).toBe(totalBytes);
	for (const embed of index.embeds) {
		for (const variant of imageVariants([embed.id])) {
			const listed = embed.images[variant.locale][variant.theme];
			const { width, height } = chartImageOf(variant);
			expect(listed.svg.url).toMatch(new RegExp(`${IMAGES_DIR}/${svgName(variant)}$`));
			expect(listed.svg.bytes).toBe(read(svgName(variant)).length);
			expect(listed.png.map((p: { scale: number }) => p.scale)).toEqual([...IMAGE_SCALES]);
			for (const png of listed.png) {
				expect(png).toMatchObject({ width: width * png.scale, height: height * png.scale });
				expect(png.bytes).toBe(read(pngName(variant, png.scale)).length);
			}
		}
	}
});

test('each PNG is as big as its layout at its scale (2× is 1200 px wide), and its pixels show every mark', () => {
	const problems: string[] = [];
	for (const variant of imageVariants()) {
		const image = chartImageOf(variant);
		const background = resolveColor(palette(variant.theme), 'color-bg');
		for (const scale of IMAGE_SCALES) {
			const png = read(pngName(variant, scale));
			const { width, height } = PNG.sync.read(png);
			expect([width, height], `${label(variant)} ${scale}×`).toEqual([
				image.width * scale,
				image.height * scale
			]);
			problems.push(
				...markProblems(png, image.marks, scale, background).map((p) => `${label(variant)} ${scale}×: ${p}`)
			);
		}
	}
	expect(problems).toEqual([]);
});

/** Mean difference per channel (0–255) and the share of pixels off by more than 32 in any channel. */
function difference(a: Buffer, b: Buffer): { mean: number; off: number } {
	const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
	expect([x.width, x.height]).toEqual([y.width, y.height]);
	let sum = 0;
	let off = 0;
	for (let i = 0; i < x.data.length; i += 4) {
		let worst = 0;
		for (let k = 0; k < 3; k++) {
			const d = Math.abs(x.data[i + k]! - y.data[i + k]!);
			sum += d;
			worst = Math.max(worst, d);
		}
		if (worst > 32) off += 1;
	}
	const pixels = x.width * x.height;
	return { mean: sum / (pixels * 3), off: off / pixels };
}

test('each SVG is the layout of today, and drawn by resvg with the full bundled fonts it matches its PNG', async () => {
	test.slow();
	const fontFiles = FONT_FACES.map((face) => fontFilePath(face.file));
	const variants = imageVariants();
	const svgs = variants.map((variant) => read(svgName(variant)).toString('utf8'));
	variants.forEach((variant, i) => expect(svgs[i], label(variant)).toBe(chartImageOf(variant).svg));
	// Drawn all at once: resvg works on as many threads as the machine has, and each image reads the
	// full fonts, so one at a time grew by seconds with every chart.
	const drawn = await Promise.all(
		svgs.map((svg) => renderAsync(svg, { font: { loadSystemFonts: false, fontFiles } }))
	);
	variants.forEach((variant, i) => {
		const { mean, off } = difference(drawn[i]!.asPng(), read(pngName(variant, 1)));
		expect(mean, label(variant)).toBeLessThan(0.5);
		expect(off, label(variant)).toBeLessThan(0.002);
	});
});

test('the link previews of every embed and of the dashboard name existing images of their size', ({
	baseURL
}) => {
	const pages = [
		...REGISTRY.flatMap((entry) => [`embed/${entry.id}/index.html`, `en/embed/${entry.id}/index.html`]),
		'index.html',
		'en/index.html'
	];
	for (const page of pages) {
		const html = fs.readFileSync(path.join(BUILD, page), 'utf8');
		const meta = (property: string) =>
			new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
		const url = meta('og:image');
		expect(url, page).toMatch(new RegExp(`^${baseURL}/${IMAGES_DIR}/[a-z0-9-]+-(zh|en)-light-2x\\.png$`));
		expect(url, page).toContain(page.startsWith('en/') ? '-en-' : '-zh-');
		const file = path.join(BUILD, url!.slice(`${baseURL}/`.length));
		const { width, height } = PNG.sync.read(fs.readFileSync(file));
		expect([meta('og:image:width'), meta('og:image:height')], page).toEqual([String(width), String(height)]);
		expect(meta('twitter:card'), page).toBe('summary_large_image');
		expect(meta('og:image:alt'), page).toBeTruthy();
	}
});

test('building twice gives the same images, byte for byte (the sub-path build is the second)', () => {
	const names = fs.readdirSync(path.join(BUILD, IMAGES_DIR)).sort();
	expect(fs.readdirSync(path.join(SUBPATH_BUILD, IMAGES_DIR)).sort()).toEqual(names);
	const differing = names.filter((name) => !read(name).equals(read(name, SUBPATH_BUILD)));
	expect(differing).toEqual([]);
});

test('the embed dialog offers the image as PNG and SVG in the language and theme chosen', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('[data-embed-open="timeline"]').click();
	const dialog = page.locator('dialog[data-embed-dialog]');
	await expect(dialog.getByText('下载图片')).toBeVisible();
	await dialog.locator('input[name="embed-locale"][value="en"]').check();
	await dialog.locator('input[name="embed-theme"][value="dark"]').check();
	const png = await dialog.locator('a[data-embed-image="png"]').getAttribute('href');
	const svg = await dialog.locator('a[data-embed-image="svg"]').getAttribute('href');
	expect(png).toMatch(/\/images\/timeline-en-dark-2x\.png$/);
	expect(svg).toMatch(/\/images\/timeline-en-dark\.svg$/);
	for (const [href, type] of [
		[png, 'image/png'],
		[svg, 'image/svg+xml']
	] as const) {
		const response = await page.request.get(href!);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain(type);
	}
});
