/**
 * For tests only: bad-data cases written as data. Each `<check>.rejections.json` beside this file
 * holds, per describe title, cases that edit the committed fact files and list words the build's
 * error must contain; `rejections.test.ts` runs them all. An edit must find what it names and
 * change it, so that a typo in a case fails that case instead of passing on some other error.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { FACT_FILES, type FactFileKey, type FactFiles } from './problems.ts';

const OPS = ['set', 'add', 'delete', 'push', 'pushCopy'] as const;

/**
 * One change: `set` a value that is there, `add` a field that is not, `delete` a field (or, without
 * one, the record), `push` a record onto the file, `pushCopy` the record onto it. `record` is an id
 * or an index from 0; `field` a path as the messages print it (`details.0.stated`); with neither,
 * `set` replaces the whole file.
 */
const Edit = z
	.strictObject({
		file: z.enum(Object.keys(FACT_FILES) as [FactFileKey, ...FactFileKey[]]),
		record: z.union([z.string().min(1), z.int().nonnegative()]).optional(),
		field: z.string().min(1).optional(),
		set: z.unknown().optional(),
		add: z.unknown().optional(),
		delete: z.literal(true).optional(),
		push: z.unknown().optional(),
		pushCopy: z.literal(true).optional()
	})
	.refine((edit) => OPS.filter((op) => op in edit).length === 1, `give exactly one of ${OPS.join(', ')}`);
export type Edit = z.infer<typeof Edit>;

const Case = z.strictObject({
	name: z.string().min(1),
	edits: z.array(Edit).min(1),
	// An empty string is in every message: it would check nothing.
	expect: z.array(z.string().min(1)).min(1)
});
export type RejectionCase = z.infer<typeof Case>;

/** A cases file: describe title → its cases, each read on its own by `parseCase`. */
export const RejectionCases = z.record(z.string().min(1), z.array(z.unknown()).min(1));

/** A case as written, or an error that says what is wrong with it (a misspelt key, a missing op). */
export function parseCase(raw: unknown): RejectionCase {
	const parsed = Case.safeParse(raw);
	if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
	return parsed.data;
}

/** A case's name, for its test's title even when the rest of it is wrong. */
export function nameOf(raw: unknown, index: number): string {
	const name = (raw as { name?: unknown } | null)?.name;
	return typeof name === 'string' && name !== '' ? name : `case #${index + 1} (no name)`;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Applies one edit to the files in place; throws, saying where, when it finds nothing to edit. */
export function applyEdit(files: FactFiles, edit: Edit): void {
	const { file, record, field } = edit;
	const where = [
		file,
		record !== undefined && `record ${JSON.stringify(record)}`,
		field && `field "${field}"`
	]
		.filter(Boolean)
		.join(', ');
	const fail = (why: string): never => {
		throw new Error(`edit of ${where}: ${why}`);
	};
	const changed = (before: unknown, after: unknown): unknown =>
		isDeepStrictEqual(before, after) ? fail('sets the value it already has') : structuredClone(after);
	const rows = files[file];

	if (record === undefined) {
		if (field !== undefined) fail('a field needs its record');
		else if ('set' in edit) files[file] = changed(rows, edit.set);
		else if ('push' in edit && Array.isArray(rows)) rows.push(structuredClone(edit.push));
		else fail('a whole file takes set, or push onto its list');
		return;
	}
	if (!Array.isArray(rows)) return fail('is not a list');
	const index = typeof record === 'number' ? record : rows.findIndex((r) => isNode(r) && r.id === record);
	if (!(index >= 0 && index < rows.length)) return fail('no such record in the committed files');
	if ('push' in edit) return fail('push takes no record: it adds one');
	if ('pushCopy' in edit) {
		if (field !== undefined) fail('pushCopy copies a whole record: it takes no field');
		rows.push(structuredClone(rows[index]));
		return;
	}

	// Walk to the object that holds the path's last step (the list itself for a whole record).
	let parent = rows as unknown as Node;
	let key = String(index);
	for (const step of field?.split('.') ?? []) {
		const next = Object.hasOwn(parent, key) ? parent[key] : undefined;
		if (!isNode(next)) return fail(`finds no "${key}" to go into`);
		if (Array.isArray(next) && !/^\d+$/.test(step)) return fail(`"${step}" is not an index`);
		[parent, key] = [next, step];
	}
	const exists = Object.hasOwn(parent, key);
	if ('add' in edit) {
		if (exists) fail('is already there: use set');
		parent[key] = structuredClone(edit.add);
	} else if (!exists) fail(`finds no "${key}" in the committed files`);
	else if ('set' in edit) parent[key] = changed(parent[key], edit.set);
	else if (Array.isArray(parent)) parent.splice(Number(key), 1);
	else delete parent[key];
}
