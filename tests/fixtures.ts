/**
 * The `test` every browser test uses: Playwright's, plus a check after each test that the page
 * threw no uncaught error. A hydration error can leave a page looking right while half of it is
 * dead (SvelteKit 2 threw one on every shared link before the router started).
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
export type { Page, Locator } from '@playwright/test';
