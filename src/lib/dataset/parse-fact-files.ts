/**
 * Each file of data/facts/ read against its schema, record by record: a bad record is reported
 * with its file, its record and its field, and the others still parse, so one build lists every
 * such problem at once.
 */
import type { z } from 'zod';
import {
	ArticleInfo,
	Event,
	ExchangeRate,
	Figure,
	NumeralSkip,
	Park,
	Person,
	Place,
	Policy,
	Project,
	Sector,
	type Dataset
} from './schema.ts';
import { FACT_FILES, recordName, type FactFiles, type ProblemList } from './problems.ts';

/** The records of every file that the dataset hands on as they are, in the dataset's order. */
export type FactRecords = Omit<Dataset, 'article' | 'reconciliations'>;

export interface ParsedFactFiles {
	/** Undefined when the article record fails its schema (its problems are in the list). */
	article: ArticleInfo | undefined;
	records: FactRecords;
	numeralSkips: NumeralSkip[];
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.length === 0 ? '(record)' : path.map(String).join('.');
}

function parseList<T extends z.ZodType>(
	schema: T,
	input: unknown,
	file: string,
	problems: ProblemList
): z.infer<T>[] {
	if (!Array.isArray(input)) {
		problems.add(file, 'the file', '(root)', 'expected a JSON list of records');
		return [];
	}
	const parsed: z.infer<T>[] = [];
	input.forEach((record, index) => {
		const result = schema.safeParse(record);
		if (result.success) parsed.push(result.data);
		else
			for (const issue of result.error.issues)
				problems.add(file, recordName(record, index), fieldPath(issue.path), issue.message);
	});
	return parsed;
}

/** The article record, whose digest must be that of the raw source file the dataset was made from. */
function parseArticle(input: unknown, rawSha256: string, problems: ProblemList): ArticleInfo | undefined {
	const result = ArticleInfo.safeParse(input);
	if (!result.success) {
		for (const issue of result.error.issues)
			problems.add(FACT_FILES.article, 'the article record', fieldPath(issue.path), issue.message);
		return undefined;
	}
	if (result.data.sha256 !== rawSha256) {
		problems.add(
			FACT_FILES.article,
			'the article record',
			'sha256',
			`does not match the raw source file (its SHA-256 is ${rawSha256})`
		);
	}
	return result.data;
}

/** Every file parsed, in the order of FACT_FILES, so problems are listed file by file. */
export function parseFactFiles(files: FactFiles, rawSha256: string, problems: ProblemList): ParsedFactFiles {
	const article = parseArticle(files.article, rawSha256, problems);
	const records: FactRecords = {
		figures: parseList(Figure, files.figures, FACT_FILES.figures, problems),
		sectors: parseList(Sector, files.sectors, FACT_FILES.sectors, problems),
		projects: parseList(Project, files.projects, FACT_FILES.projects, problems),
		policies: parseList(Policy, files.policies, FACT_FILES.policies, problems),
		parks: parseList(Park, files.parks, FACT_FILES.parks, problems),
		people: parseList(Person, files.people, FACT_FILES.people, problems),
		places: parseList(Place, files.places, FACT_FILES.places, problems),
		events: parseList(Event, files.events, FACT_FILES.events, problems),
		exchangeRates: parseList(ExchangeRate, files.exchangeRates, FACT_FILES.exchangeRates, problems)
	};
	const numeralSkips = parseList(NumeralSkip, files.numeralSkips, FACT_FILES.numeralSkips, problems);
	return { article, records, numeralSkips };
}
