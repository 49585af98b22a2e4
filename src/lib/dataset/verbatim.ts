/**
 * Words a record says the article prints — a person's name and post, a place's status words —
 * must stand in the record's quote exactly as printed, or the record has put words in the
 * article's mouth.
 */
import type { Dataset, Name, Person, Place } from './schema.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';

/** Reports `words` unless they occur in `quote`; `hint` says what to do instead. */
export function checkPrinted(
	problems: ProblemList,
	at: { file: string; id: string; field: string },
	words: string,
	quote: string,
	hint = 'use the article’s own words'
): void {
	if (quote.includes(words)) return;
	problems.add(
		at.file,
		`record "${at.id}"`,
		at.field,
		`${JSON.stringify(words)} is not printed in its quote; ${hint}`
	);
}

/** A person's name and post as the sentence that quotes them prints them, nothing added. */
export function checkPeople(people: Person[], problems: ProblemList): void {
	for (const person of people) {
		const at = (field: string) => ({ file: FACT_FILES.people, id: person.id, field });
		checkPrinted(problems, at('name.zh'), person.name.zh, person.quote);
		checkPrinted(
			problems,
			at('post.zh'),
			person.post.zh,
			person.quote,
			'give the post as the article prints it (whose post it is goes in the English only where the article says)'
		);
	}
}

/** Words that say building has begun (启动…建设, 开工), as against plans (打造, 建设, 推动, 谋划). */
const STARTED = /启动|开工/;

/** A place's status words stand in its quote, and a place whose construction has started is not "planned". */
export function checkPlaces(places: Place[], problems: ProblemList): void {
	for (const place of places) {
		if (place.statusStated === undefined) continue;
		const at = (field: string) => ({ file: FACT_FILES.places, id: place.id, field });
		checkPrinted(problems, at('statusStated'), place.statusStated, place.quote);
		const started = STARTED.exec(place.statusStated);
		if (started && place.status !== 'construction-started')
			problems.add(
				FACT_FILES.places,
				`record "${place.id}"`,
				'status',
				`is "${place.status}" but its words ${JSON.stringify(place.statusStated)} say construction has started (${started[0]}): use "construction-started"`
			);
		if (!started && place.status === 'construction-started')
			problems.add(
				FACT_FILES.places,
				`record "${place.id}"`,
				'status',
				`is "construction-started" but its words ${JSON.stringify(place.statusStated)} do not say so (启动, 开工)`
			);
	}
}

/** A Chinese name is printed in its record's quote, or marked as composed by us (`zhComposed`). */
export function checkNames(
	file: string,
	records: { id: string; name: Name; quote?: string | undefined }[],
	problems: ProblemList
): void {
	for (const record of records) {
		if (record.name.zhComposed || record.quote === undefined) continue;
		checkPrinted(
			problems,
			{ file, id: record.id, field: 'name.zh' },
			record.name.zh,
			record.quote,
			'use the name the article prints, or mark the name as ours with "zhComposed" saying what it is composed from'
		);
	}
}

/**
 * Every record's printed words: people's names and posts, places' status words and names, and the
 * names of projects, parks, policies and the sectors the article names. `misquoted` records are
 * left out: their quote is not the article's, which is reported already.
 */
export function checkPrintedWords(
	records: Pick<Dataset, 'people' | 'places' | 'projects' | 'parks' | 'policies' | 'sectors'>,
	misquoted: ReadonlySet<string>,
	problems: ProblemList
): void {
	const quoted = <T extends { id: string }>(items: T[]) => items.filter((item) => !misquoted.has(item.id));
	checkPeople(quoted(records.people), problems);
	checkPlaces(quoted(records.places), problems);
	checkNames(FACT_FILES.projects, quoted(records.projects), problems);
	checkNames(FACT_FILES.parks, quoted(records.parks), problems);
	checkNames(FACT_FILES.policies, quoted(records.policies), problems);
	checkNames(FACT_FILES.places, quoted(records.places), problems);
	checkNames(
		FACT_FILES.sectors,
		quoted(records.sectors).filter((s) => s.kind === 'stated'),
		problems
	);
}
