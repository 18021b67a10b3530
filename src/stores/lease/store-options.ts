/** The checks every remote store makes of its options, with the same messages, before anything is sent. */

/** Throws a `TypeError` naming the store and the option unless `client` has `send()` and each name is a non-empty string. */
export function checkStoreOptions(store: string, clientName: string, client: unknown, names: Readonly<Record<string, unknown>>): void {
	if (typeof (client as { send?: unknown } | null | undefined)?.send !== 'function') throw new TypeError(`${store}() expects \`client\`, a ${clientName}.`);
	for (const [name, value] of Object.entries(names)) {
		if (typeof value !== 'string' || value === '') throw new TypeError(`${store}() expects \`${name}\` to be a non-empty string, got ${String(value)}.`);
	}
}
