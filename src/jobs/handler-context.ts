/** The context a handler gets: a frozen object whose idempotency key is made only when read. */
import { idempotencyKey, itemKeyOf } from './idempotency.js';
import type { HandlerContext } from './types.js';

export class ItemContext implements HandlerContext {
	readonly #jobId: string;
	readonly #id: string | undefined;
	readonly #item: unknown;
	#key: string | undefined;

	constructor(
		readonly signal: AbortSignal,
		readonly index: number,
		readonly attempt: number,
		jobId: string,
		id: string | undefined,
		item: unknown,
	) {
		this.#jobId = jobId;
		this.#id = id;
		this.#item = item;
		Object.freeze(this);
	}

	get idempotencyKey(): string {
		return (this.#key ??= idempotencyKey(this.#jobId, itemKeyOf(this.#id, this.#item)));
	}
}
