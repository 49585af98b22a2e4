/**
 * The wall's data, kept current without reloads: re-reads the site's `data/facts.json` every
 * `refresh` seconds (one request at a time, waiting longer after each failure), keeps the last good
 * data when a check fails and says so (`stale`), and holds changed data back until the wall
 * applies it at a rotation boundary, so nothing changes under a reader's eyes.
 */
import type { Dataset } from '../dataset/schema.ts';

export interface LiveDatasetOptions {
	url: string;
	refreshMs: number;
	/** Turns fetched JSON into a dataset the wall can show, or throws. */
	accept: (json: unknown) => Dataset;
	fetch?: typeof fetch;
}

/** After this many failures in a row the wait between checks stops growing (at 4× the interval:
 * 20 minutes at the default, so a fixed server shows as fixed soon enough). */
const MAX_BACKOFF = 2;

export class LiveDataset {
	current = $state.raw<Dataset>() as Dataset;
	/** The last check failed: what shows is the last good data. */
	stale = $state(false);
	/** When the data last checked out (good, changed or not). */
	checkedAt = $state.raw<Date | null>(null);
	#pending = $state.raw<Dataset | null>(null);
	#lastText: string | null = null;
	#failures = 0;
	#inFlight = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stopped = false;
	readonly #options: LiveDatasetOptions;
	#refreshMs: number;

	constructor(initial: Dataset, options: LiveDatasetOptions) {
		this.current = initial;
		this.#options = options;
		this.#refreshMs = options.refreshMs;
	}

	/** Starts checking, every `refreshMs` if given (else as constructed). */
	start(refreshMs = this.#refreshMs): void {
		this.#refreshMs = refreshMs;
		this.#stopped = false;
		this.#schedule();
	}

	stop(): void {
		this.#stopped = true;
		clearTimeout(this.#timer);
	}

	/** Whether changed data waits for the next boundary. */
	get hasPending(): boolean {
		return this.#pending !== null;
	}

	/** Shows the changed data, if any; returns whether it did. */
	applyPending(): boolean {
		if (!this.#pending) return false;
		this.current = this.#pending;
		this.#pending = null;
		return true;
	}

	async check(): Promise<void> {
		if (this.#inFlight) return;
		this.#inFlight = true;
		try {
			const response = await (this.#options.fetch ?? fetch)(this.#options.url, { cache: 'no-store' });
			if (!response.ok) throw new Error(`${this.#options.url}: ${response.status}`);
			const text = await response.text();
			if (text !== this.#lastText) {
				const next = this.#options.accept(JSON.parse(text));
				// The first answer is what the page was built with, unless a deployment came since.
				if (this.#lastText !== null || JSON.stringify(next) !== JSON.stringify(this.current))
					this.#pending = next;
				this.#lastText = text;
			}
			this.#failures = 0;
			this.stale = false;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced each time, never mutated
			this.checkedAt = new Date();
		} catch {
			this.#failures = Math.min(this.#failures + 1, MAX_BACKOFF);
			this.stale = true;
		} finally {
			this.#inFlight = false;
			this.#schedule();
		}
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		if (this.#stopped) return;
		// 1×, 2×, 4× the refresh interval after failures, up to 2^MAX_BACKOFF.
		this.#timer = setTimeout(() => void this.check(), this.#refreshMs * 2 ** this.#failures);
	}
}
