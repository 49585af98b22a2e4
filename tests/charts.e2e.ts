import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { expect, test, type Page } from './fixtures.ts';
import { installOverlappingPairs, type PageWithOverlappingPairs } from './text-overlaps.ts';
import { REGISTRY } from '../src/lib/registry/index.ts';

/** Every chart of the registry (the map has tests of its own). */
const CHART_IDS = REGISTRY.map((entry) => entry.id).filter((id) => id !== 'zone-map');

const chart = (page: Page, id: string) => page.locator(`[data-chart-id="${id}"]`);

test.describe('charts without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every chart’s marks, labels and values are in the prerendered HTML', async ({ page }) => {
		await page.goto('/');
		for (const id of CHART_IDS) {
			await expect(chart(page, id), id).toBeVisible();
			expect(await chart(page, id).locator('[data-mark-id]').count(), id).toBeGreaterThan(1);
		}
		await expect(chart(page, 'investment-by-project')).toContainText('26.3亿元');
		await expect(chart(page, 'investment-by-project').locator('.bar')).toHaveCount(6);
		await expect(chart(page, 'pipeline-stages').locator('.segment')).toHaveCount(3);
		await expect(chart(page, 'timeline')).toContainText('5月14日');
		// Bars have their size without any script.
		const widths = await chart(page, 'investment-by-project')
			.locator('.bar')
			.evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
		expect(widths[0]).toBeGreaterThan(widths[5]! * 10);
	});

	test('the table view opens without JavaScript', async ({ page }) => {
		await page.goto('/en/');
		const frame = chart(page, 'pipeline-stages');
		await frame.getByText('Show the data as a table').click();
		await expect(frame.locator('table')).toBeVisible();
		await expect(frame.locator('table tbody tr')).toHaveCount(4);
		await expect(frame.locator('table')).toContainText('13 projects');
	});

	test('a table wider than a phone’s column scrolls sideways instead of being cut', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 780 });
		await page.goto('/en/');
		const frame = chart(page, 'investment-by-project');
		await frame.getByText('Show the data as a table').click();
		const region = frame.getByRole('region', { name: 'This year’s six signed projects' });
		const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
			scrollWidth: el.scrollWidth,
			clientWidth: el.clientWidth
		}));
		expect(scrollWidth, 'this table is wider than the column').toBeGreaterThan(clientWidth);
		// Its last column can be scrolled into the chart's frame.
		await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
		const last = (await frame.locator('thead th').last().boundingBox())!;
		const box = (await frame.boundingBox())!;
		expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
	});

	test('Chinese tables on a phone keep short cells on one line and squeeze no column', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 780 });
		await page.goto('/');
		for (const summary of await page.locator('details.table-view > summary').all()) await summary.click();
		const cells = await page.locator('details.table-view :is(th, td)').evaluateAll((elements) =>
			elements.map((cell) => {
				const range = document.createRange();
				range.selectNodeContents(cell);
				const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
				const style = getComputedStyle(cell);
				const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
				const width = cell.getBoundingClientRect().width - padding;
				return { text: cell.textContent!.trim(), lines, chars: width / parseFloat(style.fontSize) };
			})
		);
		expect(cells.length).toBeGreaterThan(100);
		const broken = cells.filter((c) => !/\s/.test(c.text) && [...c.text].length <= 8 && c.lines > 1);
		expect(
			broken.map((c) => c.text),
			'short cells broken over lines'
		).toEqual([]);
		const squeezed = cells.filter((c) => c.text.length > 3 && c.chars < 3.5);
		expect(squeezed.map((c) => `${c.text}: ${c.chars.toFixed(1)} characters wide`)).toEqual([]);
	});

	for (const [surface, path] of [
		['page, light', '/en/'],
		['embed, dark', '/en/embed/investment-by-project/?theme=dark']
	] as const) {
		test(`a table that scrolls sideways shades the edge with more beyond it (${surface})`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 360, height: 780 });
			await page.goto(path);
			const frame = chart(page, 'investment-by-project');
			await frame.getByText('Show the data as a table').click();
			const region = frame.getByRole('region', { name: 'This year’s six signed projects' });
			// Only the region's own background is looked at: the table is made invisible, not removed.
			await region.locator('table').evaluate((table) => (table.style.visibility = 'hidden'));
			const shades = async () => {
				const png = PNG.sync.read(await region.screenshot());
				const lightness = (x0: number, x1: number) => {
					let sum = 0;
					for (let y = 0; y < png.height; y++)
						for (let x = x0; x < x1; x++) {
							const i = (y * png.width + x) * 4;
							sum += png.data[i]! + png.data[i + 1]! + png.data[i + 2]!;
						}
					return sum / (3 * png.height * (x1 - x0));
				};
				const middle = lightness(png.width / 2 - 3, png.width / 2 + 3);
				// How far each edge's outer 4 px differ from the middle (a shade is darker on white,
				// lighter on the dark theme's background).
				return {
					left: Math.abs(lightness(0, 4) - middle),
					right: Math.abs(lightness(png.width - 4, png.width) - middle)
				};
			};
			const atStart = await shades();
			expect(atStart.right, 'a shade where the table goes on').toBeGreaterThan(8);
			expect(atStart.left, 'no shade at the table’s start').toBeLessThan(1);
			await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
			const atEnd = await shades();
			expect(atEnd.left, 'a shade where the table came from').toBeGreaterThan(8);
			expect(atEnd.right, 'no shade at the table’s end').toBeLessThan(1);
		});
	}
});

test.describe('charts with JavaScript', () => {
	test('a tooltip shows on hover, with the value and the article’s words', async ({ page }) => {
		await page.goto('/');
		const frame = chart(page, 'investment-by-project');
		await frame.locator('[data-mark-id="graphene-valley"]').hover();
		const tooltip = frame.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toContainText('约10亿元');
		await expect(tooltip).toContainText('石墨烯烯谷中心项目，总投资1.5亿美元');
		await expect(tooltip).toContainText('已换算');
		await page.mouse.move(0, 0);
		await expect(tooltip).toBeHidden();
	});

	for (const width of [360, 1280]) {
		test(`every mark of every chart answers the pointer with its own tooltip, kept inside the chart (${width}px)`, async ({
			page
		}) => {
			// Some eighty marks, one hover each.
			test.slow();
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/en/');
			for (const id of CHART_IDS) {
				const marks = chart(page, id).locator('[data-mark-id]:not(li)');
				const count = await marks.count();
				for (let i = 0; i < count; i++) {
					const mark = marks.nth(i);
					// Hover fails if anything drawn above the mark takes the pointer instead (within 5 s: the
					// first hover after the page loads waits for the scroll and layout to settle, which
					// took over 2 s with the rest of the suite running on this 2-core machine).
					await mark.hover({ timeout: 5000 });
					const label = (await mark.getAttribute('aria-label'))!;
					const value = label
						.split(': ')
						.at(-1)!
						.replace(/ \(.*\)$/, '');
					const tooltip = chart(page, id).getByRole('tooltip');
					await expect(tooltip, `${id} ${label}`).toContainText(value.split(' · ')[0]!);
					// Inside its chart (whose frame would clip it on a phone) and the screen, where they fit.
					const frame = (await chart(page, id).boundingBox())!;
					await expect
						.poll(async () => {
							const box = (await tooltip.boundingBox())!;
							const right = Math.min(frame.x + frame.width, width);
							const bottom = Math.min(frame.y + frame.height, 900);
							const fitsTall = box.height <= bottom - Math.max(frame.y, 0);
							return (
								box.x >= Math.max(frame.x, 0) - 1 &&
								box.x + box.width <= right + 1 &&
								box.y >= Math.max(frame.y, 0) - 1 &&
								(!fitsTall || box.y + box.height <= bottom + 1)
							);
						}, `${id} ${label}: the tooltip inside the chart and the screen`)
						.toBe(true);
				}
			}
		});
	}

	test('Tab enters a chart, arrows move between marks, the tooltip follows focus, focus is visible', async ({
		page
	}) => {
		await page.goto('/en/');
		const frame = chart(page, 'investment-by-project');
		const first = frame.locator('[data-mark-id="zhongnan-smart-valley"]');
		// One Tab stop per chart: focus the element before it, then Tab.
		await frame.getByRole('heading').evaluate((heading) => {
			heading.setAttribute('tabindex', '-1');
			(heading as HTMLElement).focus();
		});
		await page.keyboard.press('Tab');
		await expect(first).toBeFocused();
		expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
		await expect(frame.getByRole('tooltip')).toContainText('2.63 billion yuan');
		await page.keyboard.press('ArrowDown');
		await expect(frame.locator('[data-mark-id="yunlian-data"]')).toBeFocused();
		await expect(frame.getByRole('tooltip')).toContainText('1.53 billion yuan');
		await page.keyboard.press('End');
		await expect(frame.locator('[data-mark-id="school-15-relocation"]')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		// Only one mark of the chart is in the Tab order.
		expect(await frame.locator('[data-mark-id][tabindex="0"]').count()).toBe(1);
	});

	test('selecting a sector highlights it in every chart that shows it, and the link keeps it', async ({
		page
	}) => {
		await page.goto('/en/');
		await chart(page, 'investment-by-sector').locator('[data-mark-id="new-materials"]').click();
		await expect(page).toHaveURL(/[?&]sel=sector%3Anew-materials|[?&]sel=sector:new-materials/);
		await expect(page.locator('.selection-bar')).toContainText('New materials');
		const projects = chart(page, 'investment-by-project');
		await expect(projects.locator('[data-selection="selected"].band-row')).toHaveCount(1);
		await expect(projects.locator('[data-selection="dimmed"].band-row')).toHaveCount(5);
		await expect(chart(page, 'named-projects').locator('[data-selection="selected"].band-row')).toHaveCount(
			3
		);
		await expect(
			chart(page, 'investment-by-sector').locator('[data-mark-id="new-materials"]')
		).toHaveAttribute('aria-pressed', 'true');

		// The copied link reproduces the view.
		const link = page.url();
		const other = await page.context().newPage();
		await other.goto(link);
		await expect(
			other.locator('[data-chart-id="investment-by-project"] [data-selection="selected"].band-row')
		).toHaveCount(1);
		await expect(other.locator('.selection-bar')).toContainText('New materials');
		await other.close();

		// Escape clears it, and the URL with it.
		await chart(page, 'investment-by-sector').locator('[data-mark-id="new-materials"]').press('Escape');
		await expect(projects.locator('[data-selection="dimmed"].band-row')).toHaveCount(0);
		await expect(page).not.toHaveURL(/sel=/);
	});

	test('selecting a project by keyboard highlights it on the other charts', async ({ page }) => {
		await page.goto('/');
		const mark = chart(page, 'named-projects').locator('[data-mark-id="yisi-motorcycle"]');
		await mark.focus();
		await page.keyboard.press('Enter');
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		await expect(chart(page, 'timeline').locator('.lane:not([data-selection="dimmed"])')).toHaveCount(2);
	});

	test('the theme switch goes into the URL, and the link reproduces it', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('banner').getByText('深色', { exact: true }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page).toHaveURL(/theme=dark/);
		const background = await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).toBe('rgb(16, 19, 24)');
		// The language link carries the view along.
		await page.getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/\?theme=dark/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});

	test('a link with theme and selection opens as it was shared', async ({ page }) => {
		await page.goto('/en/?theme=dark&sel=project:graphene-valley');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(
			chart(page, 'investment-by-project').locator('[data-selection="selected"].band-row .name')
		).toHaveText('Graphene Valley Centre');
		await expect(page.locator('.selection-bar')).toContainText('Graphene Valley Centre');
	});

	test('motion only when the reader allows it', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		const duration = await chart(page, 'investment-by-project')
			.locator('.bar')
			.first()
			.evaluate((el) => getComputedStyle(el).animationDuration);
		expect(parseFloat(duration)).toBeLessThan(0.001);
	});

	for (const [path, theme] of [
		['/', 'light'],
		['/?theme=dark', 'dark'],
		['/en/', 'light'],
		['/en/?theme=dark', 'dark']
	] as const) {
		test(`axe: no violations with the charts on ${path} (${theme})`, async ({ page }) => {
			// axe reads the whole explorer page: seconds on a busy 2-core machine.
			test.slow();
			await page.goto(path);
			if (theme === 'dark') await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			else await expect(page.locator('html')).not.toHaveAttribute('data-theme');
			// Open one table view and one tooltip, so they are checked too.
			await chart(page, 'recovery').locator('summary').first().click();
			await chart(page, 'investment-by-project').locator('[data-mark-id]').first().hover();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		});
	}
});

// 320 px and the rest of a phone's widths: reading-layout.e2e.ts, on every page.
for (const width of [768, 1280, 1920]) {
	for (const lang of ['/', '/en/']) {
		test(`labels neither collide nor get cut off at ${width}px (${lang})`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(lang);
			await installOverlappingPairs(page);
			const problems = await page.locator('[data-chart-id], [data-map-id]').evaluateAll((frames) => {
				const found: string[] = [];
				for (const frame of frames) {
					const body = frame.querySelector('.chart-body, .map-area')!;
					const area = body.getBoundingClientRect();
					// Every element that holds text of its own, in the chart itself.
					const texts = [...body.querySelectorAll<HTMLElement>('*')].filter(
						(el) =>
							[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
							// MapLibre's gesture hint sits over the map at opacity 0 until a reader tries one.
							!el.closest(
								'.visually-hidden, [role="tooltip"], .maplibregl-ctrl, .maplibregl-cooperative-gesture-screen:not(.maplibregl-show)'
							) &&
							getComputedStyle(el).visibility === 'visible' &&
							el.getClientRects().length > 0
					);
					// A box a line: an inline text that wraps covers only its lines, not the rectangle round them.
					const boxes = texts.flatMap((el) => [...el.getClientRects()].map((box) => ({ el, box })));
					const id = frame.getAttribute('data-chart-id') ?? frame.getAttribute('data-map-id');
					for (const { el, box } of boxes) {
						const name = `${id}: “${el.textContent!.trim().slice(0, 30)}”`;
						if (box.left < area.left - 1 || box.right > area.right + 1)
							found.push(`${name} sticks out sideways`);
						// The map clips what passes its edges (its charts hang below the zone's button).
						if (frame.matches('[data-map-id]') && (box.top < area.top - 1 || box.bottom > area.bottom + 1))
							found.push(`${name} is cut off by the map's edge`);
						if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
							found.push(`${name} is cut off`);
					}
					for (const [a, b] of (window as unknown as PageWithOverlappingPairs).overlappingPairs(boxes))
						found.push(
							`${id}: “${a.el.textContent!.trim().slice(0, 20)}” overlaps “${b.el.textContent!.trim().slice(0, 20)}”`
						);
				}
				return found;
			});
			expect(problems).toEqual([]);
		});
	}
}

test.describe('on a phone (a finger, not a mouse)', () => {
	test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

	test('tapping a selected mark again deselects it and takes its tooltip away', async ({ page }) => {
		await page.goto('/en/');
		const frame = chart(page, 'investment-by-sector');
		const mark = frame.locator('[data-mark-id="new-materials"]');
		const tooltip = frame.getByRole('tooltip');
		const bar = frame.locator('[data-mark-ref="new-materials"]');
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toContainText('about 1 billion yuan');
		// The finger leaves the mark focused and (to CSS) hovered: neither may keep its tooltip.
		await mark.tap();
		await expect(mark).toHaveAttribute('aria-pressed', 'false');
		await expect(tooltip).toBeHidden();
		await expect(bar, 'nor its highlight, which looks like a selection').not.toHaveAttribute('data-active');
		// A third tap selects it again, with its tooltip.
		await mark.tap();
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		await expect(tooltip).toBeVisible();
		// Tapping another mark moves the tooltip there.
		await frame.locator('[data-mark-id="modern-services"]').tap();
		await expect(tooltip).toHaveCount(1);
		await expect(tooltip).toContainText('2.63 billion yuan');
	});
});

/** A chart's rows (bars, squares): each row's words and what it draws, as boxes, per shape. */
async function rowsOf(page: Page, shapes: string) {
	return page.locator(shapes).evaluateAll((elements) =>
		elements.map((shape) => {
			const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom });
			const rows = [...shape.querySelectorAll('.band-row')].map((row) => {
				const parts = [...row.querySelectorAll('.name, .value, [data-drawn], .per')];
				const boxes = parts.flatMap((part) => [...part.getClientRects()].map(box));
				return {
					id: row.getAttribute('data-mark-ref')!,
					row: box(row.getBoundingClientRect()),
					top: Math.min(...boxes.map((b) => b.top)),
					bottom: Math.max(...boxes.map((b) => b.bottom))
				};
			});
			return {
				chart: shape.closest('[data-chart-id]')!.getAttribute('data-chart-id')!,
				shape: box(shape.getBoundingClientRect()),
				rows
			};
		})
	);
}

for (const width of [320, 360, 412]) {
	for (const lang of ['/', '/en/']) {
		test(`a bar row’s words and bar keep to their row, clear of the next row, at ${width}px (${lang})`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(lang);
			const problems = (await rowsOf(page, '[data-shape="bar-rows"]')).flatMap(({ chart: id, rows }) =>
				rows.flatMap((row, i) => {
					const found: string[] = [];
					if (row.top < row.row.top - 0.5 || row.bottom > row.row.bottom + 0.5)
						found.push(`${id} ${row.id}: its words and bar run out of its row`);
					const next = rows[i + 1];
					// A gap of --space-2 at least between one row's bar and the next row's name.
					if (next && next.top - row.bottom < 8)
						found.push(`${id} ${row.id}: ${(next.top - row.bottom).toFixed(1)} px above ${next.id}`);
					return found;
				})
			);
			expect(problems).toEqual([]);
		});

		test(`squares rows hold no empty room at ${width}px (${lang})`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(lang);
			const parts = await rowsOf(page, '[data-shape="unit-rows"]');
			expect(parts.map((p) => p.chart)).toEqual(expect.arrayContaining(['quanen-output', 'recovery']));
			const problems = parts.flatMap(({ chart: id, shape, rows }) => {
				const found: string[] = [];
				const above = rows[0]!.top - shape.top;
				const below = shape.bottom - rows.at(-1)!.bottom;
				if (above > 2) found.push(`${id}: ${above.toFixed(0)} px empty above the first row`);
				if (below > 2) found.push(`${id}: ${below.toFixed(0)} px empty under the last row`);
				// Rows are --space-4 apart (16 px), as in the image.
				rows.slice(1).forEach((row, i) => {
					const gap = row.top - rows[i]!.bottom;
					if (gap > 18) found.push(`${id}: ${gap.toFixed(0)} px between ${rows[i]!.id} and ${row.id}`);
				});
				return found;
			});
			expect(problems).toEqual([]);
		});
	}
}

// Where an axis's line crosses a line of a chart's words, the words' ground shows, not the line:
// the words are made transparent, and the pixel under the line at the middle of each crossed line
// of words is read.
for (const [width, lang] of [
	[360, '/en/'],
	[1280, '/'],
	[1280, '/en/']
] as const) {
	test(`the axis’s lines stop short of the words at ${width}px (${lang})`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(lang);
		await page.addStyleTag({ content: '.on-ground { color: transparent !important; }' });
		const problems: string[] = [];
		let crossings = 0;
		for (const id of ['investment-by-project', 'investment-by-sector', 'timeline']) {
			const area = chart(page, id).locator('[data-shape="bar-rows"], [data-shape="time-marks"]');
			await area.scrollIntoViewIfNeeded();
			// Read against the whole frame's picture: the last line stands just past the area's edge.
			const { points, ground } = await area.evaluate((shape) => {
				const origin = shape.closest('[data-chart-id]')!.getBoundingClientRect();
				const lines = [...shape.querySelectorAll('.gridline')].map(
					(line) => line.getBoundingClientRect().left
				);
				const words = [...shape.querySelectorAll('.on-ground')];
				const points = words.flatMap((word) =>
					[...word.getClientRects()].flatMap((rect) =>
						lines
							.filter((x) => x > rect.left + 1 && x < rect.right - 2)
							.map((x) => ({
								x: Math.floor(x - origin.left),
								y: Math.round((rect.top + rect.bottom) / 2 - origin.top),
								text: word.textContent!.trim()
							}))
					)
				);
				return { points, ground: getComputedStyle(words[0]!).backgroundColor };
			});
			const [r, g, b] = ground.match(/\d+/g)!.map(Number);
			const png = PNG.sync.read(await chart(page, id).screenshot());
			crossings += points.length;
			for (const point of points) {
				const i = (point.y * png.width + point.x) * 4;
				const off =
					Math.abs(png.data[i]! - r!) + Math.abs(png.data[i + 1]! - g!) + Math.abs(png.data[i + 2]! - b!);
				if (off > 12) problems.push(`${id}: a line at ${point.x} px runs through “${point.text}”`);
			}
		}
		expect(crossings, 'lines that cross words, to look at').toBeGreaterThan(2);
		expect(problems).toEqual([]);
	});
}
