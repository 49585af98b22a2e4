import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveDataset } from './live-dataset.svelte.ts';
import type { Dataset } from '../dataset/schema.ts';

const dataset = (n: number) => ({ figures: [{ id: 'x', value: n }] }) as unknown as Dataset;

describe('the wall’s live data', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function server(answers: (() => Response)[]) {
		const calls: number[] = [];
		const fetch = vi.fn(async () => {
			calls.push(Date.now());
			return (answers.shift() ?? (() => new Response(JSON.stringify(dataset(1)))))();
		});
		return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
	}

	/** The wall's live data at dataset 1, re-read every second through `fetch`. */
	function liveDataset(fetch: typeof globalThis.fetch, accept = (json: unknown) => json as Dataset) {
		return new LiveDataset(dataset(1), { url: 'facts.json', refreshMs: 1000, accept, fetch });
	}

	it('checks every refresh, keeps a change back until it is applied', async () => {
		const { fetch } = server([() => new Response(JSON.stringify(dataset(2)))]);
		const live = liveDataset(fetch);
		live.start();
		await vi.advanceTimersByTimeAsync(1000);
		expect(live.hasPending).toBe(true);
		expect(live.current).toEqual(dataset(1));
		expect(live.applyPending()).toBe(true);
		expect(live.current).toEqual(dataset(2));
		expect(live.applyPending()).toBe(false);
		live.stop();
	});

	it('on failure keeps the last good data, says it is stale, waits longer; recovery clears it', async () => {
		const failure = () => new Response('', { status: 500 });
		const { fetch, calls } = server([failure, failure, () => new Response(JSON.stringify(dataset(1)))]);
		const live = liveDataset(fetch);
		live.start();
		await vi.advanceTimersByTimeAsync(1000);
		expect(live.stale).toBe(true);
		expect(live.current).toEqual(dataset(1));
		await vi.advanceTimersByTimeAsync(2000); // backoff: 2× the interval
		expect(calls).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(4000); // then 4×
		expect(calls).toHaveLength(3);
		expect(live.stale).toBe(false);
		expect(live.hasPending).toBe(false);
		live.stop();
	});

	it('never has two requests in flight', async () => {
		let resolve = (_: Response) => {};
		const fetch = vi.fn(
			() => new Promise<Response>((r) => (resolve = r))
		) as unknown as typeof globalThis.fetch;
		const live = liveDataset(fetch);
		void live.check();
		void live.check();
		expect(fetch).toHaveBeenCalledTimes(1);
		resolve(new Response(JSON.stringify(dataset(1))));
		live.stop();
	});

	it('refuses data it cannot show, and says so', async () => {
		const { fetch } = server([() => new Response('{"not":"a dataset"}')]);
		const accept = (json: unknown) => {
			if (!(json as Dataset).figures) throw new Error('no figures');
			return json as Dataset;
		};
		const live = liveDataset(fetch, accept);
		await live.check();
		expect(live.stale).toBe(true);
		expect(live.hasPending).toBe(false);
		live.stop();
	});
});
