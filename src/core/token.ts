/**
 * Resume tokens in botocore's format, byte for byte: base64 of Python `json.dumps` output, so tokens
 * move freely between this library, boto3 and the AWS CLI.
 */
import { InvalidStartingTokenError } from '../errors/invalid-starting-token-error.js';
import { describe } from '../utils/describe.js';
import { base64ToUtf8, utf8ToBase64 } from '../utils/base64.js';

/** A position in a listing: the service token that fetches a page, and how many of its items to skip. */
export interface Position {
	/** The service `nextToken` that fetches the page, or `null` for the first page. */
	readonly serviceToken: string | null;
	/** Items to drop from the front of that page (and on from the next pages, if it is shorter). */
	readonly skip: number;
}

/** What a decoded token must satisfy to be sent: the API's own limits on its `nextToken`. */
export interface TokenLimits {
	/** The longest service token the API accepts. @default 2048 */
	readonly maxLength?: number;
}

const WRAPPER_KEYS = new Set(['nextToken', 'boto_truncate_amount', 'boto_encoded_keys']);
const LEGACY_SEPARATOR = '___';
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** No token this library, boto3 or a service issues comes near this; longer input is refused before decoding. */
const MAX_INPUT_LENGTH = 16_384;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Printable ASCII but `"` and `\`: what Python's `json.dumps` writes unchanged. */
const PLAIN_JSON_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * Encodes a position as botocore does: `{"nextToken": ...}` after a whole page,
 * `{"nextToken": ..., "boto_truncate_amount": N}` inside one.
 */
export function encodeToken(position: Position): string {
	return encodeWithJson(pythonJsonValue(position.serviceToken), position);
}

/** The same, reusing the page's service token already rendered by {@link pythonJsonValue}. */
export function encodeWithJson(serviceTokenJson: string, position: Position): string {
	const json =
		position.skip > 0 || position.serviceToken === null
			? `{"nextToken": ${serviceTokenJson}, "boto_truncate_amount": ${position.skip}}`
			: `{"nextToken": ${serviceTokenJson}}`;
	return utf8ToBase64(json);
}

/**
 * Reads a `StartingToken`: our or botocore's token, the legacy `TOKEN___N` form, or a raw service token.
 * A raw token that happens to be base64 JSON is told apart by its keys, not by whether it decodes.
 * A token with a lone UTF-16 surrogate is refused; with `limits`, so is a service token the API would refuse
 * (too long, or with whitespace), as a listing does before any request.
 */
export function decodeToken(token: unknown, limits?: TokenLimits): Position {
	if (typeof token !== 'string') {
		throw new InvalidStartingTokenError(token, `Expected \`StartingToken\` to be a string (a NextToken from an earlier run), got ${describe(token)}.`);
	}
	if (token.length === 0) {
		throw new InvalidStartingTokenError(token, 'Expected `StartingToken` to be a non-empty string; leave it out to start from the beginning.');
	}
	if (token.length > MAX_INPUT_LENGTH) {
		throw new InvalidStartingTokenError(
			token,
			`\`StartingToken\` is ${token.length} characters long; no NextToken is longer than ${MAX_INPUT_LENGTH}. Pass a NextToken exactly as this library, boto3 or the AWS CLI printed it.`,
		);
	}
	if (LONE_SURROGATE.test(token)) {
		throw new InvalidStartingTokenError(token, '`StartingToken` contains a lone UTF-16 surrogate, which no service token can hold; it was probably cut in the middle of a character.');
	}
	const wrapper = parseWrapper(token);
	const position = wrapper !== undefined ? readWrapper(token, wrapper) : (parseLegacy(token) ?? { serviceToken: token, skip: 0 });
	if (limits !== undefined && position.serviceToken !== null) checkServiceToken(token, position.serviceToken, limits.maxLength ?? 2048);
	return position;
}

function checkServiceToken(token: string, serviceToken: string, maxLength: number): void {
	if (serviceToken.length > maxLength) {
		throw new InvalidStartingTokenError(
			token,
			`\`StartingToken\` holds a service token of ${serviceToken.length} characters; the API accepts at most ${maxLength}. Pass a NextToken exactly as it was printed.`,
		);
	}
	if (/\s/.test(serviceToken)) {
		throw new InvalidStartingTokenError(token, '`StartingToken` holds a service token with whitespace in it, which the API refuses; remove the spaces or line breaks it was pasted with.');
	}
	if (LONE_SURROGATE.test(serviceToken)) {
		throw new InvalidStartingTokenError(token, '`StartingToken` holds a service token with a lone UTF-16 surrogate, which no service token can hold.');
	}
}

function parseWrapper(token: string): Record<string, unknown> | undefined {
	// Python's decoder skips line breaks and spaces, so a token pasted with a trailing newline still reads.
	const compact = token.replace(/\s+/g, '');
	if (!STRICT_BASE64.test(compact)) return undefined;
	let parsed: unknown;
	try {
		const json = base64ToUtf8(compact, true);
		parsed = JSON.parse(json);
	} catch {
		return undefined;
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
	const keys = Object.keys(parsed);
	const looksLikeOurs =
		keys.length > 0 &&
		keys.every((key) => WRAPPER_KEYS.has(key)) &&
		(keys.includes('nextToken') || keys.includes('boto_truncate_amount'));
	return looksLikeOurs ? (parsed as Record<string, unknown>) : undefined;
}

function readWrapper(token: string, wrapper: Record<string, unknown>): Position {
	const fail = (why: string) =>
		new InvalidStartingTokenError(
			token,
			`\`StartingToken\` is not a valid resume token: ${why}. Pass a NextToken exactly as this library, boto3 or the AWS CLI printed it.`,
		);
	let serviceToken = wrapper['nextToken'] ?? null;
	const skip = wrapper['boto_truncate_amount'] ?? 0;
	const encodedKeys = wrapper['boto_encoded_keys'];

	if (encodedKeys !== undefined) {
		// botocore base64-encodes bytes values and lists their key paths; only `nextToken` can hold one here.
		const onlyNextToken =
			Array.isArray(encodedKeys) &&
			encodedKeys.every((path) => Array.isArray(path) && path.length === 1 && path[0] === 'nextToken');
		if (!onlyNextToken || typeof serviceToken !== 'string') throw fail('`boto_encoded_keys` names no usable key');
		if (encodedKeys.length > 0) serviceToken = base64ToUtf8(serviceToken);
	}
	if (serviceToken !== null && typeof serviceToken !== 'string') {
		throw fail(`its \`nextToken\` must be a string or null, got ${describe(serviceToken)}`);
	}
	if (serviceToken === '') throw fail('its `nextToken` is an empty string');
	if (typeof skip !== 'number' || !Number.isSafeInteger(skip) || skip < 0) {
		throw fail(`its \`boto_truncate_amount\` must be a whole number >= 0, got ${describe(skip)}`);
	}
	// botocore reads the string 'None' as "no token" (a Python None that went through str()).
	return { serviceToken: serviceToken === 'None' ? null : serviceToken, skip };
}

/** botocore's pre-2016 form `TOKEN___N`. A raw token whose tail is not a number stays a raw token. */
function parseLegacy(token: string): Position | undefined {
	const parts = token.split(LEGACY_SEPARATOR);
	if (parts.length !== 2) return undefined;
	const [head = '', tail = ''] = parts;
	if (!/^\s*[+-]?\d+\s*$/.test(tail)) return undefined;
	const skip = Number(tail);
	if (skip < 0 || !Number.isSafeInteger(skip)) {
		throw new InvalidStartingTokenError(
			token,
			`\`StartingToken\` is a legacy TOKEN___N token with a truncate amount of ${tail.trim()}; it must be a whole number >= 0.`,
		);
	}
	const serviceToken = head === 'None' || head === '' ? null : head;
	return { serviceToken, skip };
}

/** Python's `json.dumps` of a str or None with default settings (`ensure_ascii=True`). */
export function pythonJsonValue(value: string | null): string {
	if (value === null) return 'null';
	if (PLAIN_JSON_TEXT.test(value)) return `"${value}"`;
	let out = '"';
	for (let i = 0; i < value.length; i++) {
		const unit = value.charCodeAt(i);
		const char = value[i] as string;
		if (char === '"') out += '\\"';
		else if (char === '\\') out += '\\\\';
		else if (char === '\n') out += '\\n';
		else if (char === '\r') out += '\\r';
		else if (char === '\t') out += '\\t';
		else if (char === '\b') out += '\\b';
		else if (char === '\f') out += '\\f';
		// Everything outside printable ASCII, DEL included, as \uXXXX of its UTF-16 units (surrogate pairs).
		else if (unit < 0x20 || unit > 0x7e) out += `\\u${unit.toString(16).padStart(4, '0')}`;
		else out += char;
	}
	return `${out}"`;
}
