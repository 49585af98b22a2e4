/**
 * The figures as CSV for spreadsheets: UTF-8 with a byte-order mark and CRLF line ends, which is
 * what Excel needs to open Chinese text correctly by double-click; RFC 4180 quoting.
 */
import type { Dataset } from './schema.ts';
import { formulaText, sourceSentencesOf } from './sources.ts';

export const CSV_COLUMNS = [
	'id',
	'kind',
	'label_zh',
	'label_en',
	'value',
	'unit',
	'qualifier',
	'status',
	'stated',
	'paragraph',
	'source_sentence_zh',
	'formula',
	'reason_or_note_en'
] as const;

function cell(value: string | number | undefined): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Every figure of the dataset, or only `ids` (in that order: an embed's CSV lists what it shows). */
export function figuresToCsv(dataset: Dataset, ids?: readonly string[]): string {
	const byId = new Map(dataset.figures.map((f) => [f.id, f]));
	const figures = ids
		? ids.map((id) => {
				const figure = byId.get(id);
				if (!figure) throw new Error(`CSV: no figure "${id}" in the dataset`);
				return figure;
			})
		: dataset.figures;
	const rows = figures.map((figure) => {
		const sources = sourceSentencesOf(figure, byId);
		return [
			figure.id,
			figure.kind,
			figure.label.zh,
			figure.label.en,
			figure.value,
			figure.unit,
			figure.qualifier,
			figure.status?.value,
			figure.status ? figure.status.stated + figure.stated : figure.stated,
			sources.map((s) => s.paragraph).join(' '),
			sources.map((s) => s.quote).join('\n'),
			formulaText(figure, dataset),
			[figure.reason?.en, figure.ambiguity?.en, figure.note?.en].filter(Boolean).join(' ')
		].map(cell);
	});
	return '\uFEFF' + [CSV_COLUMNS.map(cell), ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
