/** A listed item, as the job hands it to a handler and then records it: one object per item. */
import type { Page } from '../core/types.js';
import type { Completion } from './completion.js';
import type { ItemTask } from './run-setup.js';
import type { ListedItem } from './segments.js';

export class ListingTask implements ListedItem, ItemTask {
	readonly attempt = 1;

	constructor(
		readonly ordinal: number,
		readonly id: string | undefined,
		readonly time: number | undefined,
		private readonly page: Page<string, unknown>,
		private readonly index: number,
		readonly item: unknown,
		private readonly completion: Completion,
		private readonly run: number,
	) {}

	get failureId(): string {
		return this.id ?? `#${this.run}.${this.ordinal}`;
	}

	tokenAfter(): string | undefined {
		return this.page.tokenAfter(this.index);
	}

	onDone(): void {
		this.completion.done(this);
	}
}
