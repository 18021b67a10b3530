/** The value at a dotted path of an item (`testCase.testCaseId`). */
export function valueAt(item: Readonly<Record<string, unknown>>, path: string): unknown {
	let value: unknown = item;
	for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
	return value;
}
