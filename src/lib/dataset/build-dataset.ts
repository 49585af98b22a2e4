/**
 * Turns the parsed files of data/facts/ and the repaired article into a Dataset, or fails with a
 * message naming the file, the record and the field of every problem. Pure: load-dataset.ts does
 * the reading, tests feed records directly.
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
import { parseStatedText, parseStatus, STATUS_SPELLINGS } from './stated-text.ts';
import { checkDerivedFigures } from './derived.ts';
import { reconcile } from './reconcile.ts';
import { uncoveredNumerals } from './numeral-coverage.ts';
import { checkNames, checkPeople, checkPlaces, checkPrinted } from './verbatim.ts';
import { sentencesOf } from '../source/sentences.ts';
import { DatasetError, FACT_FILES, ProblemList, recordName, type FactFiles } from './problems.ts';

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

interface Sourced {
	id: string;
	quote?: string | undefined;
	paragraph?: number | undefined;
}

/** A quote must be one whole sentence of the paragraph it names. */
function checkQuote(
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

/** A status (基本实现) stands just before the stated text, says what its words say, and is not left out. */
function checkStatus(figure: Figure & { stated: string; quote: string }, problems: ProblemList): void {
	const where = `record "${figure.id}"`;
	const file = FACT_FILES.figures;
	if (!figure.status) {
		const before = STATUS_SPELLINGS.find(([words]) => figure.quote.includes(words + figure.stated));
		if (before)
			problems.add(
				file,
				where,
				'status',
				`its quote says ${JSON.stringify(before[0] + figure.stated)}: give ${JSON.stringify(before[0])} as the figure's status ("${before[1]}")`
			);
		return;
	}
	const { value, stated } = figure.status;
	const reading = parseStatus(stated);
	if (typeof reading === 'string') problems.add(file, where, 'status.stated', reading);
	else if (reading.value !== value)
		problems.add(
			file,
			where,
			'status.value',
			`is "${value}" but its words ${JSON.stringify(stated)} say "${reading.value}"`
		);
	if (!figure.quote.includes(stated + figure.stated))
		problems.add(
			file,
			where,
			'status.stated',
			`${JSON.stringify(stated)} does not stand just before the stated text ${JSON.stringify(figure.stated)} in its quote`
		);
}

function checkStatedFigure(figure: Figure, problems: ProblemList): void {
	if (figure.kind !== 'stated' || figure.stated === undefined || figure.quote === undefined) return;
	const file = FACT_FILES.figures;
	const where = `record "${figure.id}"`;
	const occurrences = figure.quote.split(figure.stated).length - 1;
	if (occurrences !== 1) {
		problems.add(
			file,
			where,
			'stated',
			`${JSON.stringify(figure.stated)} occurs ${occurrences} times in its quote; it must occur once`
		);
		return;
	}
	checkStatus(figure as Figure & { stated: string; quote: string }, problems);
	const reading = parseStatedText(figure.stated, figure.unit);
	if (typeof reading === 'string') {
		problems.add(file, where, 'stated', reading);
		return;
	}
	if (reading.value !== figure.value) {
		problems.add(
			file,
			where,
			'value',
			`is ${JSON.stringify(figure.value)} but the stated text ${JSON.stringify(figure.stated)} says ${JSON.stringify(reading.value)}`
		);
	}
	if (reading.qualifier !== figure.qualifier) {
		problems.add(
			file,
			where,
			'qualifier',
			`is ${JSON.stringify(figure.qualifier ?? null)} but the stated text ${JSON.stringify(figure.stated)} says ${JSON.stringify(reading.qualifier ?? null)}`
		);
	}
	if (reading.part !== figure.part) {
		problems.add(
			file,
			where,
			'part',
			`is ${JSON.stringify(figure.part ?? null)} but the stated text says ${JSON.stringify(reading.part ?? null)}`
		);
	}
}

function checkUniqueIds(collections: [string, { id: string }[]][], problems: ProblemList): void {
	const firstSeen = new Map<string, string>();
	for (const [file, items] of collections) {
		for (const item of items) {
			const before = firstSeen.get(item.id);
			if (before) problems.add(file, `record "${item.id}"`, 'id', `duplicate id (already used in ${before})`);
			else firstSeen.set(item.id, file);
		}
	}
}

interface References {
	figures: Map<string, Figure>;
	ids: Record<'sectors' | 'projects' | 'people' | 'places' | 'policies', Set<string>>;
}

function checkReferences(
	data: Omit<Dataset, 'article' | 'reconciliations'>,
	refs: References,
	problems: ProblemList
): void {
	const figure = (file: string, owner: string, field: string, id: string | undefined, units?: string[]) => {
		if (id === undefined) return;
		const target = refs.figures.get(id);
		if (!target)
			problems.add(
				file,
				`record "${owner}"`,
				field,
				`refers to figure "${id}", which is not in ${FACT_FILES.figures}`
			);
		else if (units && !units.includes(target.unit)) {
			problems.add(
				file,
				`record "${owner}"`,
				field,
				`refers to figure "${id}" in unit "${target.unit}"; expected ${units.join(' or ')}`
			);
		}
	};
	const entity = (
		file: string,
		owner: string,
		field: string,
		id: string | undefined,
		kind: keyof References['ids']
	) => {
		if (id !== undefined && !refs.ids[kind].has(id)) {
			problems.add(
				file,
				`record "${owner}"`,
				field,
				`refers to "${id}", which is not in ${FACT_FILES[kind]}`
			);
		}
	};
	for (const project of data.projects) {
		const file = FACT_FILES.projects;
		figure(file, project.id, 'investment', project.investment, ['yuan', 'usd']);
		figure(file, project.id, 'investmentInYuan', project.investmentInYuan, ['yuan']);
		if (
			project.investment &&
			refs.figures.get(project.investment)?.unit === 'usd' &&
			!project.investmentInYuan
		) {
			problems.add(
				file,
				`record "${project.id}"`,
				'investmentInYuan',
				'required when the investment is in dollars (a converted figure)'
			);
		}
		figure(file, project.id, 'foreignInvestment.figure', project.foreignInvestment?.figure, ['usd']);
		entity(file, project.id, 'sector.id', project.sector?.id, 'sectors');
		entity(file, project.id, 'sector.alsoFits.id', project.sector?.alsoFits?.id, 'sectors');
		if (project.sector?.alsoFits?.id === project.sector?.id && project.sector?.alsoFits)
			problems.add(file, `record "${project.id}"`, 'sector.alsoFits.id', 'is the project’s own sector');
		project.figures.forEach((id, i) => figure(file, project.id, `figures.${i}`, id));
		project.people.forEach((id, i) => entity(file, project.id, `people.${i}`, id, 'people'));
		project.details.forEach((d, i) => entity(file, project.id, `details.${i}.policy`, d.policy, 'policies'));
	}
	for (const event of data.events) {
		figure(FACT_FILES.events, event.id, 'date', event.date ?? undefined, ['month-day']);
		entity(FACT_FILES.events, event.id, 'project', event.project, 'projects');
		event.figures.forEach((id, i) => figure(FACT_FILES.events, event.id, `figures.${i}`, id));
		event.policies.forEach((id, i) => entity(FACT_FILES.events, event.id, `policies.${i}`, id, 'policies'));
	}
	for (const policy of data.policies)
		policy.figures.forEach((id, i) => figure(FACT_FILES.policies, policy.id, `figures.${i}`, id));
	for (const place of data.places)
		entity(FACT_FILES.places, place.id, 'within.id', place.within?.id, 'places');
}

/** A rate we chose lies within the range of rates it could as well have been. */
function checkRateRanges(rates: Dataset['exchangeRates'], problems: ProblemList): void {
	for (const { id, rate, range } of rates) {
		if (range.low.rate > range.high.rate)
			problems.add(
				FACT_FILES.exchangeRates,
				`record "${id}"`,
				'range',
				'its low rate is above its high rate'
			);
		else if (rate < range.low.rate || rate > range.high.rate)
			problems.add(
				FACT_FILES.exchangeRates,
				`record "${id}"`,
				'rate',
				`${rate} lies outside its plausible range (${range.low.rate} to ${range.high.rate})`
			);
	}
}

/**
 * Validates and cross-checks everything. `paragraphs` are the repaired zh-Hans article's
 * paragraphs; `rawSha256` is the digest of the raw source file as it is on disk.
 */
export function buildDataset(files: FactFiles, paragraphs: string[], rawSha256: string): Dataset {
	const problems = new ProblemList();
	const articleResult = ArticleInfo.safeParse(files.article);
	if (!articleResult.success) {
		for (const issue of articleResult.error.issues)
			problems.add(FACT_FILES.article, 'the article record', fieldPath(issue.path), issue.message);
	} else if (articleResult.data.sha256 !== rawSha256) {
		problems.add(
			FACT_FILES.article,
			'the article record',
			'sha256',
			`does not match the raw source file (its SHA-256 is ${rawSha256})`
		);
	}
	const figures = parseList(Figure, files.figures, FACT_FILES.figures, problems);
	const sectors = parseList(Sector, files.sectors, FACT_FILES.sectors, problems);
	const projects = parseList(Project, files.projects, FACT_FILES.projects, problems);
	const policies = parseList(Policy, files.policies, FACT_FILES.policies, problems);
	const parks = parseList(Park, files.parks, FACT_FILES.parks, problems);
	const people = parseList(Person, files.people, FACT_FILES.people, problems);
	const places = parseList(Place, files.places, FACT_FILES.places, problems);
	const events = parseList(Event, files.events, FACT_FILES.events, problems);
	const exchangeRates = parseList(ExchangeRate, files.exchangeRates, FACT_FILES.exchangeRates, problems);
	const numeralSkips = parseList(NumeralSkip, files.numeralSkips, FACT_FILES.numeralSkips, problems);

	// Cross-checks need every record: a record that failed its schema would show up again below as
	// a missing figure or a dangling reference, burying the real problem.
	if (problems.items.length > 0 || !articleResult.success) throw new DatasetError(problems.items);

	const collections = { figures, sectors, projects, policies, parks, people, places, events, exchangeRates };
	const byFile = Object.entries(collections).map(
		([key, items]) => [FACT_FILES[key as keyof typeof collections], items] as [string, Sourced[]]
	);
	checkUniqueIds(byFile, problems);
	// Records whose quote is not the article's: checks of words inside the quote would only repeat that.
	const misquoted = new Set<string>();
	for (const [file, items] of byFile)
		for (const item of items) if (!checkQuote(item, file, paragraphs, problems)) misquoted.add(item.id);
	const quoted = <T extends { id: string }>(items: T[]) => items.filter((item) => !misquoted.has(item.id));
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
	for (const figure of figures) checkStatedFigure(figure, problems);
	checkPeople(quoted(people), problems);
	checkPlaces(quoted(places), problems);
	checkNames(FACT_FILES.projects, quoted(projects), problems);
	checkNames(FACT_FILES.parks, quoted(parks), problems);
	checkNames(FACT_FILES.policies, quoted(policies), problems);
	checkNames(FACT_FILES.places, quoted(places), problems);
	checkNames(
		FACT_FILES.sectors,
		quoted(sectors).filter((s) => s.kind === 'stated'),
		problems
	);

	const figureById = new Map(figures.map((f) => [f.id, f]));
	const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
	checkReferences(
		collections,
		{
			figures: figureById,
			ids: {
				sectors: ids(sectors),
				projects: ids(projects),
				people: ids(people),
				places: ids(places),
				policies: ids(policies)
			}
		},
		problems
	);
	const rateById = new Map(exchangeRates.map((r) => [r.id, r]));
	checkRateRanges(exchangeRates, problems);
	checkDerivedFigures(figures, figureById, rateById, problems);
	const reconciliations = reconcile(figureById, projects, problems, rateById);

	for (const numeral of uncoveredNumerals(paragraphs, figures, numeralSkips, problems)) {
		problems.add(
			FACT_FILES.figures,
			`paragraph ${numeral.paragraph}`,
			'(missing)',
			`the article's numeral ${JSON.stringify(numeral.text)} in ${JSON.stringify(numeral.context)} is in no figure's stated text and not in ${FACT_FILES.numeralSkips}`
		);
	}

	if (problems.items.length > 0) throw new DatasetError(problems.items);
	return { article: { ...articleResult.data, paragraphs }, ...collections, reconciliations };
}
