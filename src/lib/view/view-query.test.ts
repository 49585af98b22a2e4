import { describe, expect, it } from 'vitest';
import { readViewQuery, writeViewQuery } from './view-query.ts';

describe('the view in the URL', () => {
	it('reads theme and selection, ignoring what it does not know', () => {
		expect(readViewQuery('?theme=dark&sel=sector:new-materials')).toEqual({
			theme: 'dark',
			selection: 'sector:new-materials',
			title: true
		});
		expect(readViewQuery('?theme=purple&sel=<script>&title=<b>')).toEqual({
			theme: 'system',
			selection: null,
			title: true
		});
		expect(readViewQuery('?theme=auto&title=0')).toEqual({ theme: 'system', selection: null, title: false });
		expect(readViewQuery('')).toEqual({ theme: 'system', selection: null, title: true });
	});

	it('writes only what differs from the default, keeping other parameters', () => {
		expect(writeViewQuery({ theme: 'system', selection: null })).toBe('');
		expect(writeViewQuery({ theme: 'light', selection: 'project:graphene-valley' })).toBe(
			'?theme=light&sel=project%3Agraphene-valley'
		);
		expect(writeViewQuery({ theme: 'system', selection: null }, '?utm_source=paper&theme=dark')).toBe(
			'?utm_source=paper'
		);
		expect(writeViewQuery({ title: false }, '?childId=lf-1')).toBe('?childId=lf-1&title=0');
	});

	it('round-trips', () => {
		const view = { theme: 'dark', selection: 'sector:smart-technology', title: false } as const;
		expect(readViewQuery(writeViewQuery(view))).toEqual(view);
	});
});
