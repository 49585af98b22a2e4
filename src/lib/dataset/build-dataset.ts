/**
 * Turns the parsed files of data/facts/ and the repaired article into a Dataset, or fails with a
 * message naming the file, the record and the field of every problem. Pure: load-dataset.ts does
 * the reading, tests feed records directly. Each check is its own module; this one runs them in
 * order and stops the build on what they find.
 */
import type { Dataset } from './schema.ts';
import { parseFactFiles } from './parse-fact-files.ts';
import { checkUniqueIds, checkReferences } from './references.ts';
import { checkProjectQuotes, checkRecordQuotes, type Sourced } from './quotes.ts';
import { checkStatedFigures } from './stated-figures.ts';
import { checkPrintedWords } from './verbatim.ts';
import { checkRateRanges } from './rate-ranges.ts';
import { checkDerivedFigures } from './derived.ts';
import { reconcile } from './reconcile.ts';
import { checkNumeralCoverage } from './numeral-coverage.ts';
import { DatasetError, FACT_FILES, ProblemList, type FactFiles } from './problems.ts';

/**
 * Validates and cross-checks everything. `paragraphs` are the repaired zh-Hans article's
 * paragraphs; `rawSha256` is the digest of the raw source file as it is on disk.
 */
export function buildDataset(files: FactFiles, paragraphs: string[], rawSha256: string): Dataset {
	const problems = new ProblemList();
	const { article, records, numeralSkips } = parseFactFiles(files, rawSha256, problems);

	// Cross-checks need every record: a record that failed its schema would show up again below as
	// a missing figure or a dangling reference, burying the real problem.
	if (problems.items.length > 0 || !article) throw new DatasetError(problems.items);

	const byFile = Object.entries(records).map(
		([key, items]) => [FACT_FILES[key as keyof typeof records], items] as [string, Sourced[]]
	);
	checkUniqueIds(byFile, problems);
	const misquoted = checkRecordQuotes(byFile, paragraphs, problems);
	checkProjectQuotes(records.projects, paragraphs, problems);
	checkStatedFigures(records.figures, problems);
	checkPrintedWords(records, misquoted, problems);

	const figureById = new Map(records.figures.map((f) => [f.id, f]));
	checkReferences(records, figureById, problems);
	const rateById = new Map(records.exchangeRates.map((r) => [r.id, r]));
	checkRateRanges(records.exchangeRates, problems);
	checkDerivedFigures(records.figures, figureById, rateById, problems);
	const reconciliations = reconcile(figureById, records.projects, problems, rateById);
	checkNumeralCoverage(paragraphs, records.figures, numeralSkips, problems);

	if (problems.items.length > 0) throw new DatasetError(problems.items);
	return { article: { ...article, paragraphs }, ...records, reconciliations };
}
