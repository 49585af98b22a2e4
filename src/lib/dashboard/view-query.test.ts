import { describe, expect, it } from 'vitest';
import { readViewQuery, writeViewQuery } from './view-query.ts';

describe('the view in the URL', () => {
	it('reads theme and selection, ignoring what it does not know', () => {
		expect(readViewQuery('?theme=dark&sel=sector:new-materials')).toEqual({
			theme: 'dark',
			selection: 'sector:new-materials'
		});
		expect(readViewQuery('?theme=purple&sel=<script>')).toEqual({ theme: 'system', selection: null });
		expect(readViewQuery('')).toEqual({ theme: 'system', selection: null });
	});

	it('writes only what differs from the default, keeping other parameters', () => {
		expect(writeViewQuery({ theme: 'system', selection: null })).toBe('');
		expect(writeViewQuery({ theme: 'light', selection: 'project:graphene-valley' })).toBe(
			'?theme=light&sel=project%3Agraphene-valley'
		);
		expect(writeViewQuery({ theme: 'system', selection: null }, '?utm_source=paper&theme=dark')).toBe(
			'?utm_source=paper'
		);
	});

	it('round-trips', () => {
		const view = { theme: 'dark', selection: 'sector:smart-technology' } as const;
		expect(readViewQuery(writeViewQuery(view))).toEqual(view);
	});
});
