/**
 * The byte budgets of bench/budgets.json, checked against a build: what each prerendered page
 * loads before interaction (page-manifest.ts), gzipped. Deterministic, so the tests enforce it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtImages } from '#lib/images/image-files.ts';
import { gzipSize, kindOf, pageManifest, totalGzip, type PageManifest } from './page-manifest.ts';

export const BUDGETS_FILE = 'bench/budgets.json';

interface Budgets {
	pages: { page: string; budget: number; why: string }[];
	/** Files other sites load by themselves (the host snippet's script): their own gzipped size. */
	files: { file: string; budget: number; why: string }[];
	/** Every chart image file together, as they are (PNGs do not gzip). */
	images: { budget: number; why: string };
	neverEager: { pattern: string; why: string }[];
}

export function readBudgets(file = BUDGETS_FILE): Budgets {
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Budgets;
}

/** Every prerendered HTML page of the build, as paths inside it. */
export function builtPages(buildDir: string): string[] {
	return (fs.readdirSync(buildDir, { recursive: true }) as string[])
		.map((file) => file.split(path.sep).join('/'))
		.filter((file) => file.endsWith('.html'))
		.sort();
}

function matches(pattern: string, page: string): boolean {
	return pattern.endsWith('*') ? page.startsWith(pattern.slice(0, -1)) : page === pattern;
}

export interface BudgetResult {
	page: string;
	budget: number;
	bytes: number;
	manifest: PageManifest;
}

export function measureBudgets(buildDir: string, budgets = readBudgets()): BudgetResult[] {
	const pages = builtPages(buildDir).map((page) => {
		const rule = budgets.pages.find((r) => matches(r.page, page));
		if (!rule) throw new Error(`${BUDGETS_FILE}: no budget for ${page}`);
		const manifest = pageManifest(buildDir, page);
		return { page, budget: rule.budget, bytes: totalGzip(manifest.eager), manifest };
	});
	const files = budgets.files.map(({ file, budget }) => {
		const contents = fs.readFileSync(path.join(buildDir, file));
		const entry = { file, kind: kindOf(file), bytes: contents.length, gzipBytes: gzipSize(contents) };
		return { page: file, budget, bytes: entry.gzipBytes, manifest: { page: file, eager: [entry], lazy: [] } };
	});
	return [...pages, ...files];
}

/** The chart images' bytes together, and the line that says by how much they are over, if they are. */
export function imageBudget(buildDir: string, budgets = readBudgets()): { bytes: number; problem?: string } {
	const bytes = builtImages(buildDir).totalBytes;
	const { budget } = budgets.images;
	return bytes > budget
		? { bytes, problem: `images: ${bytes} B in all, over their budget of ${budget} B by ${bytes - budget} B` }
		: { bytes };
}

/** One line per problem: the page, the budget and the overrun, or what it must not load. */
export function budgetProblems(results: BudgetResult[], budgets = readBudgets()): string[] {
	const problems: string[] = [];
	for (const { page, budget, bytes, manifest } of results) {
		if (bytes > budget)
			problems.push(`${page}: ${bytes} B gzipped, over its budget of ${budget} B by ${bytes - budget} B`);
		for (const { pattern, why } of budgets.neverEager) {
			const file = manifest.eager.find((entry) => entry.file.includes(pattern));
			if (file) problems.push(`${page}: loads ${file.file} before interaction (${why})`);
		}
	}
	return problems;
}
