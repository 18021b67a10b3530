/** The JSON inside a `--query`'s literals and quoted identifiers, read and refused as Python's JSON decoder does. */
import { LexError } from './query-tokens.js';

/** A backquoted literal is JSON, or else (a deprecated form) the text of a JSON string. */
export function jsonLiteral(text: string, start: number): unknown {
	for (const candidate of [text, `"${text.trimStart()}"`]) {
		const parsed = parsePythonJson(candidate);
		if (parsed.ok) return parsed.value;
	}
	throw new LexError(start, `Bad token ${text}`);
}

/** JSON as Python reads it: also NaN and (-)Infinity. */
function parsePythonJson(text: string): { ok: true; value: unknown } | { ok: false } {
	const bare = text.trim();
	if (bare === 'NaN') return { ok: true, value: Number.NaN };
	if (bare === 'Infinity' || bare === '-Infinity') return { ok: true, value: bare === 'Infinity' ? Infinity : -Infinity };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false };
	}
}

/** The first thing Python's JSON decoder refuses in the inside of a quoted string, in its words. */
export function jsonStringProblem(text: string): string | undefined {
	for (let i = 0; i < text.length; i++) {
		const char = text[i] ?? '';
		if (char < ' ') return 'Invalid control character at';
		if (char !== '\\') continue;
		const escape = text[i + 1] ?? '';
		if (escape === 'u') {
			if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return 'Invalid \\uXXXX escape';
			i += 5;
		} else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 1;
		else return 'Invalid \\escape';
	}
	return undefined;
}
