/**
 * Records point at each other by id, so ids are unique across all files and every reference names
 * a record that exists: a figure, where the reference expects one, in the unit it expects.
 */
import type { Figure } from './schema.ts';
import type { FactRecords } from './parse-fact-files.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';

/** One id space for all files: an id names one record, whichever file a reference expects it in. */
export function checkUniqueIds(
	collections: [file: string, records: { id: string }[]][],
	problems: ProblemList
): void {
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
	figures: ReadonlyMap<string, Figure>;
	ids: Record<'sectors' | 'projects' | 'people' | 'places' | 'policies', Set<string>>;
}

export function checkReferences(
	data: FactRecords,
	figureById: ReadonlyMap<string, Figure>,
	problems: ProblemList
): void {
	const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
	const refs: References = {
		figures: figureById,
		ids: {
			sectors: ids(data.sectors),
			projects: ids(data.projects),
			people: ids(data.people),
			places: ids(data.places),
			policies: ids(data.policies)
		}
	};
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
