/**
 * A record's quote is the sentence the page shows as its source and links to in the article, so
 * it must be one whole sentence of the paragraph it names, as the repaired article prints it.
 */
import type { Project } from './schema.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';
import { checkPrinted } from './verbatim.ts';
import { sentencesOf } from '../source/sentences.ts';

/** What a quote check reads of a record, a project detail or a project stage. */
export interface Sourced {
	id: string;
	quote?: string | undefined;
	paragraph?: number | undefined;
}

/** A quote must be one whole sentence of the paragraph it names. */
export function checkQuote(
	item: Sourced,
	file: string,
	paragraphs: string[],
	problems: ProblemList,
	field = 'quote'
): boolean {
	if (item.quote === undefined || item.paragraph === undefined) return true;
	const paragraph = paragraphs[item.paragraph - 1];
	const where = `record "${item.id}"`;
	if (paragraph === undefined) {
		problems.add(
			file,
			where,
			'paragraph',
			`the article has ${paragraphs.length} paragraphs, not ${item.paragraph}`
		);
		return false;
	}
	if (sentencesOf(paragraph).some((s) => s.text === item.quote)) return true;
	const elsewhere = paragraphs.findIndex((p) => p.includes(item.quote!));
	problems.add(
		file,
		where,
		field,
		paragraph.includes(item.quote)
			? `found in paragraph ${item.paragraph} but not as a whole sentence; quote the full sentence`
			: elsewhere >= 0
				? `not in paragraph ${item.paragraph}; it is in paragraph ${elsewhere + 1}`
				: `not found in the repaired article (data/article/article.zh-Hans.txt)`
	);
	return false;
}

/**
 * Checks every record's own quote and returns the ids of those whose quote is not the article's:
 * checks of words inside such a quote would only repeat that.
 */
export function checkRecordQuotes(
	byFile: [file: string, records: Sourced[]][],
	paragraphs: string[],
	problems: ProblemList
): Set<string> {
	const misquoted = new Set<string>();
	for (const [file, items] of byFile)
		for (const item of items) if (!checkQuote(item, file, paragraphs, problems)) misquoted.add(item.id);
	return misquoted;
}

/**
 * A project's details and its stage carry quotes of their own. A detail's words are checked
 * against its quote only once the quote is the article's, for the reason above.
 */
export function checkProjectQuotes(projects: Project[], paragraphs: string[], problems: ProblemList): void {
	for (const project of projects) {
		project.details.forEach((detail, i) => {
			const field = `details.${i}`;
			const at = { file: FACT_FILES.projects, id: project.id, field: `${field}.stated` };
			if (
				checkQuote({ ...detail, id: project.id }, FACT_FILES.projects, paragraphs, problems, `${field}.quote`)
			)
				checkPrinted(problems, at, detail.stated, detail.quote);
		});
		if (project.stage)
			checkQuote(
				{ id: project.id, ...project.stage },
				FACT_FILES.projects,
				paragraphs,
				problems,
				'stage.quote'
			);
	}
}
