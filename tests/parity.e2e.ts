/**
 * The page and the image of every chart and the map say the same thing: laid out in a column as
 * wide as the image's (the embed at 576 px: its chart body is the image's 560 px), the marks the
 * page paints ([data-drawn]) are the image's marks, with the same ids, in the same order, starting
 * and ending at the same place within 0.5 % of the width; and every text the page's frame shows is
 * in the image. Both render one body (src/lib/charts/body.ts): this is what keeps them one.
 */
import { DRAWN_ATTRIBUTE } from '../src/lib/charts/marks/drawn.ts';
import { IMAGE_PADDING, IMAGE_WIDTH } from '../src/lib/charts/frame/geometry.ts';
import { LOCALES } from '../src/lib/i18n/locale.ts';
import { REGISTRY } from '../src/lib/registry/index.ts';
import { chartImageOf } from '../src/lib/server/chart-images.ts';
import { svgParagraphs } from './image-checks.ts';
import { expect, test } from './fixtures.ts';

/** The embed's own padding each side (.embed): its frame has none. */
const EMBED_PADDING = 8;
const BODY_WIDTH = IMAGE_WIDTH - 2 * IMAGE_PADDING;
const TOLERANCE = 0.005;

/**
 * What the page shows that an image cannot or need not: tooltips (on hover), text for screen
 * readers, the table view (folded: the same numbers), a file to download, how many things a folded
 * list holds (the image shows the things), and the map's notice of what its WebGL map is doing and
 * the control that starts it.
 */
const NOT_IN_IMAGES = [
	'[role="tooltip"]',
	'.visually-hidden',
	'.table-view',
	'a[download]',
	'.count',
	'[data-map-notice]',
	'[data-map-explore]'
];

// Bars grow into place when they first show: measured where they end.
test.use({
	javaScriptEnabled: false,
	reducedMotion: 'reduce',
	viewport: { width: BODY_WIDTH + 2 * EMBED_PADDING, height: 1200 }
});

for (const entry of REGISTRY) {
	for (const locale of LOCALES) {
		test(`${entry.id} (${locale}): the page's marks and words are its image's`, async ({ page }) => {
			await page.goto(`${locale === 'en' ? '/en' : ''}/embed/${entry.id}/`);
			// Even a reduced motion's grow has a first frame at nothing: the marks are measured at its
			// end, brought there at once (waiting for it depends on the page getting frames, which a
			// loaded machine may starve for longer than a test lasts).
			await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
			const shown = await page.evaluate(
				({ drawn, hidden }) => {
					const body = document.querySelector('.chart-body')!.getBoundingClientRect();
					const marks = [...document.querySelectorAll<HTMLElement>(`[${drawn}]`)].map((el) => {
						const box = el.getBoundingClientRect();
						return {
							id: el.getAttribute(drawn)!,
							start: (box.left - body.left) / body.width,
							length: box.width / body.width
						};
					});
					const figure = document.querySelector('figure.chart-frame')!;
					const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
					const texts: string[] = [];
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const text = node.textContent!.trim();
						const parent = node.parentElement!;
						if (!text || parent.closest(hidden) || !parent.checkVisibility({ visibilityProperty: true }))
							continue;
						texts.push(text);
					}
					return { width: body.width, marks, texts };
				},
				{ drawn: DRAWN_ATTRIBUTE, hidden: NOT_IN_IMAGES.join(', ') }
			);
			expect(shown.width, 'the page lays the chart out as wide as the image').toBeCloseTo(BODY_WIDTH, 0);

			const image = chartImageOf({ id: entry.id, locale, theme: 'light' });
			const imageMarks = image.marks.map((mark) => ({
				id: mark.id,
				start: (mark.x - IMAGE_PADDING) / BODY_WIDTH,
				length: mark.width / BODY_WIDTH
			}));
			expect(
				shown.marks.map((m) => m.id),
				'the same marks, in the same order'
			).toEqual(imageMarks.map((m) => m.id));
			const apart = shown.marks.flatMap((mark, i) => {
				const drawn = imageMarks[i]!;
				const off = Math.max(Math.abs(mark.start - drawn.start), Math.abs(mark.length - drawn.length));
				return off > TOLERANCE
					? [
							`${mark.id}: page ${(mark.start * 100).toFixed(1)}% + ${(mark.length * 100).toFixed(1)}%, image ${(drawn.start * 100).toFixed(1)}% + ${(drawn.length * 100).toFixed(1)}%`
						]
					: [];
			});
			expect(apart, 'marks where the image has them').toEqual([]);

			// Compared without spaces: a line may break at a space or after a hyphen.
			const squash = (text: string) => text.replace(/\s+/g, '');
			const imageText = squash(svgParagraphs(image.svg, '').join(''));
			const missing = shown.texts.filter((text) => !imageText.includes(squash(text)));
			expect(missing, 'words of the page missing from the image').toEqual([]);
		});
	}
}
