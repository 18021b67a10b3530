/** Options that are neither objects nor numbers: switches, choices, callbacks and abort signals. */
import { invalidOption } from './invalid.js';

export function readBoolean(name: string, value: unknown): boolean | undefined {
	if (value !== undefined && typeof value !== 'boolean') throw invalidOption(name, 'a boolean', value);
	return value;
}

/** One of `choices`, told in the message as `'a', 'b' or 'c'`. */
export function readChoice<const T extends string>(name: string, value: unknown, choices: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (!choices.includes(value as T)) {
		const quoted = choices.map((choice) => `'${choice}'`);
		throw invalidOption(name, quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`, value);
	}
	return value as T;
}

export function readCallback<T>(name: string, value: T | undefined): T | undefined {
	if (value !== undefined && typeof value !== 'function') throw invalidOption(name, 'a function', value);
	return value;
}

/** Anything shaped like an AbortSignal: one from another realm or a polyfill works as well as the global one. */
export function readSignal(value: unknown): AbortSignal | undefined {
	if (value === undefined) return undefined;
	const signal = value as AbortSignal;
	if (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
		throw invalidOption('signal', 'an AbortSignal', value);
	}
	return signal;
}
