/**
 * `context.idempotencyKey`: the same for the same item in the same job on every run, after any crash, so a
 * handler that starts work on the service (a Bedrock job with `clientRequestToken`) turns a repeat into a
 * no-op. Made of the checkpoint's random job id and the item's id; 32 hex digits fit every
 * `clientRequestToken` pattern of Bedrock (`^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$`) and the 64-character limits
 * of other services.
 */
import { sha256Hex } from '../utils/sha256.js';

export function idempotencyKey(jobId: string, itemKey: string): string {
	return sha256Hex(`${jobId}\0${itemKey}`).slice(0, 32);
}

/** What identifies an item for its key: its id, or (an operation without one) its content. */
export function itemKeyOf(id: string | undefined, item: unknown): string {
	return id !== undefined ? `id:${id}` : `item:${JSON.stringify(item)}`;
}
