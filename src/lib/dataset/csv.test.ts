import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { CSV_COLUMNS, figuresToCsv } from './csv.ts';

/** A strict RFC 4180 reader, so the test proves the file parses, not just that it looks right. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ',') {
			row.push(cell);
			cell = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else {
			cell += c;
		}
	}
	return rows;
}

const dataset = loadDataset();
const csv = figuresToCsv(dataset);

describe('figures as CSV', () => {
	it('starts with a UTF-8 byte-order mark and ends lines with CRLF, as Excel needs', () => {
		expect(csv.startsWith('\uFEFFid,kind,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '').includes('\r')).toBe(false);
	});

	it('has a header and one row a figure, each with its source sentence', () => {
		const [header, ...rows] = parseCsv(csv.slice(1));
		expect(header).toEqual([...CSV_COLUMNS]);
		expect(rows).toHaveLength(dataset.figures.length);
		const sentence = header!.indexOf('source_sentence_zh');
		for (const row of rows) {
			expect(row).toHaveLength(CSV_COLUMNS.length);
			expect(row[sentence], row[0]).toMatch(/[。”]$/m);
		}
	});

	it('keeps Chinese text, commas and quotation marks intact', () => {
		const rows = parseCsv(csv.slice(1));
		const roads = rows.find((r) => r[0] === 'road-network-length')!;
		expect(roads).toContain('园区路网里程');
		expect(roads).toContain(
			'目前，园区路网里程达41.9公里，各类管线总长超300公里，各类设施全面标配，基本实现“九通一平”。'
		);
	});

	it('gives a status apart from the number, with the article’s words', () => {
		const rows = parseCsv(csv.slice(1));
		const standard = rows.find((r) => r[0] === 'nine-connections-one-levelling')!;
		expect(standard[CSV_COLUMNS.indexOf('qualifier')]).toBe('');
		expect(standard[CSV_COLUMNS.indexOf('status')]).toBe('basically-achieved');
		expect(standard[CSV_COLUMNS.indexOf('stated')]).toBe('基本实现“九通一平”');
	});

	it('gives derived figures their formula and the sentences they are computed from', () => {
		const rows = parseCsv(csv.slice(1));
		const preparation = rows.find((r) => r[0] === 'projects-in-preparation')!;
		expect(preparation).toContain('projects-in-zone − projects-under-construction − projects-in-production');
		expect(preparation[CSV_COLUMNS.indexOf('source_sentence_zh')]).toContain('在建项目21个');
		const converted = rows.find((r) => r[0] === 'investment-graphene-valley-yuan')!;
		expect(converted).toContain('investment-graphene-valley × usd-cny-2020-average (6.8976)');
	});
});
