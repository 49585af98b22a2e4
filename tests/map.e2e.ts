import { expect, test, type Locator, type Page } from './fixtures.ts';
import { colourBox, colourShares, parseRgb } from './map-pixels.ts';

/** The map's drawing, where its state and its WebGL layer are. */
const map = (page: Page) => page.locator('[data-map-id="zone-map"]');
/** The map's whole frame: the drawing, its legend and the lists beside it. */
const mapFrame = (page: Page) => page.locator('[data-chart-id="zone-map"]');

/** Where an element sits inside another (the map's area or canvas), and how wide: moves only with it. */
async function placeIn(item: Locator, area: Locator) {
	const [box, outer] = [(await item.boundingBox())!, (await area.boundingBox())!];
	return { x: Math.round(box.x - outer.x), y: Math.round(box.y - outer.y), width: Math.round(box.width) };
}

/** Colour tokens as the page resolves them inside the map (light-dark()), as computed CSS colours. */
async function tokenColours(page: Page, tokens: string[]): Promise<Record<string, string>> {
	return map(page).evaluate(
		(el, tokens) =>
			Object.fromEntries(
				tokens.map((token) => {
					const probe = document.createElement('span');
					probe.style.color = `var(${token})`;
					el.append(probe);
					const colour = getComputedStyle(probe).color;
					probe.remove();
					return [token, colour];
				})
			),
		tokens
	);
}

/** The map's colours as the page resolves them. */
async function mapColours(page: Page) {
	const css = await tokenColours(page, ['--color-map-land', '--color-map-zone', '--color-map-background']);
	return {
		land: parseRgb(css['--color-map-land']!),
		zone: parseRgb(css['--color-map-zone']!),
		background: parseRgb(css['--color-map-background']!)
	};
}

test.describe('the map embed', () => {
	/** The big chunks (MapLibre and its worker) the page fetched. */
	const watchBigScripts = (page: Page) => {
		const big: string[] = [];
		page.on('response', async (r) => {
			if (r.url().endsWith('.js') && (await r.body()).length > 500_000) big.push(r.url());
		});
		return big;
	};
	const explore = (page: Page) => page.locator('[data-map-explore]');

	test('shows its drawing and starts MapLibre only when the reader asks, from the keyboard too', async ({
		page
	}) => {
		const big = watchBigScripts(page);
		await page.goto('/embed/zone-map/');
		await page.waitForLoadState('networkidle');
		await expect(explore(page)).toBeVisible();
		await expect(explore(page)).toHaveText('探索地图');
		await expect(map(page)).toHaveAttribute('data-map-state', 'svg');
		expect(big, 'MapLibre fetched before the reader asked').toEqual([]);

		// The first stop of the keyboard, as it is first in sight.
		await page.keyboard.press('Tab');
		await expect(explore(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
		await expect(explore(page)).toHaveCount(0);
		expect(big).toHaveLength(2);
		// The reader goes on in the map it asked for, named in the page's language, as its buttons are.
		await expect(map(page).locator('canvas')).toBeFocused();
		await expect(map(page).locator('canvas')).toHaveAttribute('aria-label', '交互地图');
		await expect(map(page).locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', '放大');
	});

	test('the WebGL map comes up where the drawing showed the districts: nothing moves when it is pressed', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/embed/zone-map/');
		await expect(explore(page)).toBeVisible();
		const { land } = await mapColours(page);
		// The districts' west, north and south edges (the zone's charts stand in the east).
		const edges = async () => {
			const { left, top, bottom } = colourBox(await page.locator('[data-map-area]').screenshot(), land);
			return { left, top, bottom };
		};
		const drawing = await edges();
		const markerBox = (layer: string) =>
			placeIn(map(page).locator(`${layer} [data-zone-marker]`), page.locator('[data-map-area]'));
		const drawnMarker = await markerBox('.svg-layer');
		await explore(page).click();
		await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
		await expect.poll(async () => (await edges()).left, { timeout: 10_000 }).toBeLessThan(drawing.left + 100);
		const webgl = await edges();
		for (const side of ['left', 'top', 'bottom'] as const)
			expect(
				Math.abs(webgl[side] - drawing[side]),
				`${side}: drawing ${drawing[side]}, WebGL ${webgl[side]}`
			).toBeLessThanOrEqual(3);
		// The zone's button and charts too: same place, same width (they moved east and widened).
		const webglMarker = await markerBox('.webgl-layer');
		for (const key of ['x', 'y', 'width'] as const)
			expect(
				Math.abs(webglMarker[key] - drawnMarker[key]),
				`marker ${key}: ${JSON.stringify([drawnMarker, webglMarker])}`
			).toBeLessThanOrEqual(3);
	});

	test('starts MapLibre at once where the host opts in (interactive=1), and never shows the control', async ({
		page
	}) => {
		await page.goto('/en/embed/zone-map/?interactive=1');
		await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
		await expect(explore(page)).toBeHidden();
	});

	test('the dashboard never shows the control: its map starts as it comes into view', async ({ page }) => {
		await page.goto('/en/');
		await expect(explore(page)).toHaveCount(1);
		await expect(explore(page)).toBeHidden();
	});
});

test('MapLibre is fetched only when the map comes into view, and everything stays on this host', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 390, height: 700 });
	const requests: { url: string; at: number }[] = [];
	page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
	const big: string[] = [];
	page.on('response', async (r) => {
		if (r.url().endsWith('.js') && (await r.body()).length > 500_000) big.push(r.url());
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(map(page)).toHaveAttribute('data-map-state', 'svg');
	expect(big, 'MapLibre chunk loaded before the map was in view').toEqual([]);
	expect(requests.filter((r) => /maplibre/.test(r.url))).toEqual([]);

	await map(page).scrollIntoViewIfNeeded();
	await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
	// MapLibre itself and its worker, both fetched only now.
	expect(big.filter((url) => !/maplibre-gl-worker/.test(url))).toHaveLength(1);
	expect(big.filter((url) => /maplibre-gl-worker/.test(url))).toHaveLength(1);
	const origin = new URL(baseURL!).origin;
	expect(
		requests.filter(
			(r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:')
		)
	).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
	test(`the WebGL map draws the districts and the zone’s district (${theme}, pixels)`, async ({ page }) => {
		await page.goto(theme === 'dark' ? '/?theme=dark' : '/');
		await map(page).scrollIntoViewIfNeeded();
		await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
		await expect(map(page)).toHaveAttribute('data-style-outcome', 'offline');
		const colours = await mapColours(page);
		const canvasShares = async () =>
			colourShares(await map(page).locator('canvas.maplibregl-canvas').screenshot(), colours);
		// MapLibre is ready before its layers have all been painted (later on a loaded machine): wait
		// until the zone's fill shows, then check the rest.
		await expect.poll(async () => (await canvasShares()).zone, { timeout: 10_000 }).toBeGreaterThan(0.008);
		const shares = await canvasShares();
		expect(shares.land, `land ${JSON.stringify(shares)}`).toBeGreaterThan(0.15);
		// Anci District is about 2% of the map; its button covers some of it.
		expect(shares.zone, `zone ${JSON.stringify(shares)}`).toBeGreaterThan(0.008);
		expect(shares.background, `background ${JSON.stringify(shares)}`).toBeGreaterThan(0.2);
		// The SVG drawing is hidden, not shown twice.
		await expect(map(page).locator('.svg-layer')).toBeHidden();

		// The zoom buttons take the page's colours (MapLibre's own are white in the dark theme too).
		const zoom = await map(page).evaluate((el) => {
			const icon = el.querySelector('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')!;
			return {
				group: getComputedStyle(el.querySelector('.maplibregl-ctrl-group')!).backgroundColor,
				icon: getComputedStyle(icon).backgroundColor,
				// MapLibre's own icon (dark on white) is replaced by the mask, not painted under it.
				iconImage: getComputedStyle(icon).backgroundImage,
				iconMask: getComputedStyle(icon).maskImage
			};
		});
		const tokens = await tokenColours(page, ['--color-surface-raised', '--color-text']);
		expect(zoom.group).toBe(tokens['--color-surface-raised']);
		expect(zoom.icon).toBe(tokens['--color-text']);
		expect(zoom.iconImage).toBe('none');
		expect(zoom.iconMask).toMatch(/^url\("data:image\/svg\+xml/);
	});
}

test('after zooming the zone out of sight, one button brings it back as the map first showed it', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/en/');
	await map(page).scrollIntoViewIfNeeded();
	await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
	const marker = map(page).locator('.webgl-layer [data-zone-marker]');
	const place = () => placeIn(marker, map(page).locator('[data-map-area]'));
	await page.waitForTimeout(300);
	const first = await place();
	const zoomIn = map(page).getByRole('button', { name: 'Zoom in' });
	for (let i = 0; i < 4; i++) await zoomIn.click();
	await expect(marker).not.toBeInViewport();
	const back = map(page).getByRole('button', { name: 'Back to the zone' });
	await back.click();
	await expect.poll(place, { timeout: 5_000 }).toEqual(first);
	await expect(marker).toBeInViewport();
	// In Chinese, with the page's words.
	await page.goto('/');
	await map(page).scrollIntoViewIfNeeded();
	await expect(map(page).getByRole('button', { name: '回到高新区' })).toBeVisible({ timeout: 15_000 });
});

test('the map says the zone’s place is approximate, and lists what has no position', async ({ page }) => {
	await page.goto('/en/');
	await expect(mapFrame(page).locator('.legend')).toContainText('approximate, not the zone’s boundary');
	await expect(
		map(page)
			.getByRole('button', { name: /High-tech Zone/ })
			.first()
	).toContainText('approximate');
	for (const place of [
		'beijing',
		'longhu-park',
		'high-speed-rail-business-district',
		'school-15-new-site',
		'project-war-room'
	]) {
		await expect(mapFrame(page).locator(`[data-part="unplaced"] [data-item="${place}"]`)).toContainText(
			'location unknown'
		);
	}
	await expect(mapFrame(page).locator('[data-part="metrics"] [data-item]')).toHaveCount(5);
	await expect(mapFrame(page)).toContainText('41.9 km');
	await expect(mapFrame(page)).toContainText('各类管线总长超300公里');
	await expect(mapFrame(page)).toContainText('AMap');
	await expect(mapFrame(page)).toContainText('GCJ-02');
});

test('selection links the map and the charts, both ways', async ({ page }) => {
	await page.goto('/en/');
	await map(page).scrollIntoViewIfNeeded();
	await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
	const zone = map(page)
		.locator('.maplibregl-marker')
		.getByRole('button', { name: /High-tech Zone/ });

	// From a chart to the map: a sector lights the zone and its projects.
	await page.locator('[data-chart-id="investment-by-sector"] [data-mark-id="new-materials"]').click();
	await expect(zone).toHaveAttribute('data-selection', 'selected');
	await expect(
		mapFrame(page).locator('[data-part="projects"] [data-item="graphene-valley"]')
	).toHaveAttribute('data-selection', 'selected');
	await expect(mapFrame(page).locator('[data-part="projects"] [data-item="yunlian-data"]')).toHaveAttribute(
		'data-selection',
		'dimmed'
	);

	// From the map to the charts: a project.
	await mapFrame(page).locator('[data-part="projects"] [data-item="yisi-motorcycle"]').click();
	await expect(page).toHaveURL(/sel=project%3Ayisi-motorcycle/);
	await expect(
		page.locator('[data-chart-id="named-projects"] [data-selection="selected"].band-row')
	).toHaveCount(1);

	// The zone itself, by keyboard: every project is in it, so no chart dims.
	await zone.focus();
	await page.keyboard.press('Enter');
	await expect(zone).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.selection-bar')).toContainText('Langfang High-tech Zone');
	await expect(
		page.locator('[data-chart-id="investment-by-project"] [data-selection="dimmed"].band-row')
	).toHaveCount(0);
	await expect(page).toHaveURL(/sel=place%3Alangfang-high-tech-zone/);
});

test('the page scrolls over the map: the wheel alone scrolls, Ctrl and the wheel zoom, and the map says so', async ({
	page
}) => {
	await page.setViewportSize({ width: 800, height: 700 });
	await page.goto('/');
	await map(page).scrollIntoViewIfNeeded();
	await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
	const canvas = map(page).locator('canvas.maplibregl-canvas');
	// Where a district's name sits on the map (not on the screen): it moves only if the map does.
	const nameOnMap = () => placeIn(map(page).locator('.maplibregl-marker').first(), canvas);
	const before = await nameOnMap();
	const scrolled = await page.evaluate(() => window.scrollY);

	const box = (await canvas.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
	await expect(map(page).locator('.maplibregl-cooperative-gesture-screen')).toContainText(
		'按住 Ctrl 键滚动以缩放地图'
	);
	expect(await nameOnMap()).toEqual(before);
	// The hint sits clear of the zone's button and charts (it was centred over them).
	const message = map(page).locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message');
	const [hint, zone] = [
		await message.boundingBox(),
		await map(page).locator('.webgl-layer [data-zone-marker]').boundingBox()
	];
	expect(hint!.y + hint!.height <= zone!.y || hint!.y >= zone!.y + zone!.height, 'hint over the zone').toBe(
		true
	);

	// With Ctrl the wheel is the map's (Playwright's wheel carries no modifier: the event is sent as
	// the browser would send it).
	await canvas.evaluate((element) => {
		const { left, top, width, height } = element.getBoundingClientRect();
		const [clientX, clientY] = [left + width / 2, top + height / 2];
		element.dispatchEvent(
			new WheelEvent('wheel', {
				deltaY: -300,
				ctrlKey: true,
				clientX,
				clientY,
				bubbles: true,
				cancelable: true
			})
		);
	});
	await expect.poll(nameOnMap).not.toEqual(before);
});

test('when the WebGL context is lost, the SVG map takes over, says so, and the WebGL map comes back', async ({
	page
}) => {
	await page.goto('/en/');
	await map(page).scrollIntoViewIfNeeded();
	await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 15_000 });
	const canvas = map(page).locator('canvas.maplibregl-canvas');
	// What a GPU reset does: the context goes, and the browser gives it back a little later.
	await canvas.evaluate((element: HTMLCanvasElement) => {
		const gl = element.getContext('webgl2') ?? element.getContext('webgl');
		const extension = gl?.getExtension('WEBGL_lose_context');
		(window as unknown as { gpuReset: unknown }).gpuReset = extension;
		extension?.loseContext();
	});
	await expect(map(page)).toHaveAttribute('data-map-state', 'svg-fallback');
	await expect(map(page).locator('.notice')).toHaveText(
		'The WebGL map stopped: a static drawing shows until it restarts.'
	);
	await expect(map(page).locator('.svg-layer')).toBeVisible();
	await expect(canvas).toBeHidden();
	// The page lives on: the charts still answer.
	await page.locator('[data-chart-id="investment-by-sector"] [data-mark-id="new-materials"]').click();
	await expect(page.locator('.selection-bar')).toContainText('New materials');

	await page.evaluate(() =>
		(window as unknown as { gpuReset: { restoreContext(): void } }).gpuReset.restoreContext()
	);
	await expect(map(page)).toHaveAttribute('data-map-state', 'webgl');
	await expect(canvas).toBeVisible();
	await expect(map(page).locator('.notice')).toHaveText('');
	// The restored map follows the selection, and draws the districts and the zone again.
	await map(page).locator('.webgl-layer .zone-button').click();
	await expect(page).toHaveURL(/sel=place%3Alangfang-high-tech-zone/);
	await page.waitForTimeout(500);
	const shares = colourShares(await canvas.screenshot(), await mapColours(page));
	expect(shares.land, `land ${JSON.stringify(shares)}`).toBeGreaterThan(0.15);
	expect(shares.zone, `zone ${JSON.stringify(shares)}`).toBeGreaterThan(0.008);
});

/** Whether each element draws a border or a shadow, and the cursor over it: what makes a control look pressable. */
function pressableLook(locator: Locator) {
	return locator.evaluateAll((elements) =>
		elements.map((element) => {
			const style = getComputedStyle(element);
			const border = (['Top', 'Right', 'Bottom', 'Left'] as const).some(
				(side) =>
					parseFloat(style[`border${side}Width`]) > 0 &&
					style[`border${side}Style`] !== 'none' &&
					!/^transparent$|rgba\([^)]*,\s*0\)$/.test(style[`border${side}Color`])
			);
			return {
				text: element.textContent!.trim(),
				border,
				shadow: style.boxShadow !== 'none',
				pointer: style.cursor === 'pointer'
			};
		})
	);
}

/** The map's project chips and the badge that says why the zone is placed in Anci District. */
const projectChips = (page: Page) => mapFrame(page).locator('[data-part="projects"] button[data-item]');
const whyBadge = (page: Page) => mapFrame(page).locator('[data-shape="text"] .badge');

test.describe('on a phone, the map’s project chips and its “why” badge', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		for (const [path, scheme] of [
			['/', 'light'],
			['/en/', 'dark'],
			['/embed/zone-map/', 'dark'],
			['/en/embed/zone-map/', 'light']
		] as const)
			test(`${path} (${scheme}): do nothing, so look like text, not buttons`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				await expect(whyBadge(page)).toHaveCount(1);
				expect(await projectChips(page).count()).toBeGreaterThan(10);
				for (const look of [
					...(await pressableLook(projectChips(page))),
					...(await pressableLook(whyBadge(page)))
				])
					expect(look, look.text).toEqual({ text: look.text, border: false, shadow: false, pointer: false });
			});
	});

	test('with JavaScript the chips are buttons, as before: outlined, a pointer, and they select', async ({
		page
	}) => {
		await page.goto('/');
		for (const look of await pressableLook(projectChips(page)))
			expect(look, look.text).toMatchObject({ border: true, pointer: true });
		const chip = projectChips(page).filter({ hasText: '石墨烯' }).first();
		await chip.click();
		await expect(chip).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL(/sel=project%3A/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/embed/zone-map/', '/en/embed/zone-map/']) {
		test(`the zone's button and charts stay inside the drawing at every width (${path})`, async ({
			page
		}) => {
			await page.goto(path);
			const outside: string[] = [];
			for (let width = 260; width <= 1300; width += 20) {
				await page.setViewportSize({ width, height: 900 });
				const room = await map(page).evaluate((el) => {
					const area = el.querySelector('[data-map-area]')!.getBoundingClientRect();
					const marker = el.querySelector('[data-zone-marker]')!.getBoundingClientRect();
					return { below: area.bottom - marker.bottom, right: area.right - marker.right, map: area.width };
				});
				if (room.below < 2 || room.right < 2)
					outside.push(
						`${width} px (map ${Math.round(room.map)} px): ${Math.round(room.below)} px below, ${Math.round(room.right)} px right`
					);
			}
			expect(outside).toEqual([]);
		});
	}

	test('the map is there as SVG, with its labels and the zone', async ({ page }) => {
		await page.goto('/');
		await expect(map(page)).toHaveAttribute('data-map-state', 'svg');
		await expect(map(page).locator('svg path.district')).toHaveCount(10);
		await expect(map(page).locator('svg path.district.zone')).toHaveCount(1);
		await expect(map(page).locator('.svg-map')).toContainText('广阳');
		await expect(map(page).locator('.svg-map .zone-button')).toContainText('廊坊高新区');
	});
});
