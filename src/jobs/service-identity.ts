/**
 * Which service a checkpoint belongs to: the region and endpoint the client resolves (known before any
 * request), and the account and region in the ARNs of the items (known from the first page). A checkpoint
 * resumed against another region, endpoint or account would skip that service's items as if handled.
 *
 * The account is the one most of the first page's ARNs name: a listing of custom models also shows models
 * shared from other accounts, but mostly the caller's own. A resumed run's first page with ARNs must name
 * that account at least once; a page of shared models only would be taken for another account (a clear
 * error, never a silent skip).
 */
import { CheckpointMismatchError } from '../errors/checkpoint-errors.js';
import type { ServiceIdentity } from './checkpoint-state.js';

/** What an SDK client's `config` offers to resolve where it sends requests (every field optional). */
interface ClientConfig {
	region?: () => Promise<string>;
	endpoint?: () => Promise<{ protocol: string; hostname: string; port?: number; path?: string }>;
	serviceConfiguredEndpoint?: () => Promise<string | undefined>;
	useFipsEndpoint?: () => Promise<boolean>;
	useDualstackEndpoint?: () => Promise<boolean>;
	endpointProvider?: (params: Record<string, unknown>) => { url: URL };
}

/** The region and endpoint an SDK client sends to; `null` for what it cannot tell (a test double, no region). */
export async function resolveClientService(client: unknown): Promise<Pick<ServiceIdentity, 'region' | 'endpoint'>> {
	const config = (client as { config?: ClientConfig } | null)?.config;
	if (typeof config !== 'object' || config === null) return { region: null, endpoint: null };
	const region = await settle(config.region?.());
	return { region: region ?? null, endpoint: await resolveEndpoint(config, region) };
}

async function resolveEndpoint(config: ClientConfig, region: string | undefined): Promise<string | null> {
	const explicit = await settle(config.endpoint?.());
	if (explicit !== undefined) return normalizeEndpoint(`${explicit.protocol}//${explicit.hostname}${explicit.port === undefined ? '' : `:${explicit.port}`}${explicit.path ?? ''}`);
	const configured = await settle(config.serviceConfiguredEndpoint?.());
	if (configured !== undefined) return normalizeEndpoint(configured);
	if (config.endpointProvider === undefined || region === undefined) return null;
	try {
		const params = { Region: region, UseFIPS: (await settle(config.useFipsEndpoint?.())) ?? false, UseDualStack: (await settle(config.useDualstackEndpoint?.())) ?? false };
		return normalizeEndpoint(config.endpointProvider(params).url.href);
	} catch {
		return null;
	}
}

/** One spelling per endpoint: lower-case host, no default port, no trailing slash. */
export function normalizeEndpoint(endpoint: string): string | null {
	try {
		const url = new URL(endpoint);
		return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
	} catch {
		return null;
	}
}

/** The region and account of an ARN (`arn:partition:service:region:account:resource`); empty parts as absent. */
export function arnParts(value: unknown): { region: string | undefined; account: string | undefined } | undefined {
	if (typeof value !== 'string' || !value.startsWith('arn:')) return undefined;
	const parts = value.split(':', 5);
	if (parts.length < 5) return undefined;
	return { region: parts[3] || undefined, account: parts[4] || undefined };
}

/**
 * The ARNs a run sees: learns their account and region from the first page that has any, or on a resumed
 * run checks that page against what the checkpoint recorded, before a handler runs.
 */
export class ArnWitness {
	#account: string | null;
	#region: string | null;
	#checked = false;

	constructor(
		private readonly location: string,
		private readonly recorded: ServiceIdentity | undefined,
	) {
		this.#account = recorded?.account ?? null;
		this.#region = recorded?.arnRegion ?? null;
	}

	/** Looks at one page's ids; throws `CheckpointMismatchError` when they show another account or region. */
	observe(ids: readonly unknown[]): void {
		if (this.#checked) return;
		const accounts = new Map<string, number>();
		const regions = new Map<string, number>();
		for (const id of ids) {
			const parts = arnParts(id);
			if (parts?.account !== undefined) accounts.set(parts.account, (accounts.get(parts.account) ?? 0) + 1);
			if (parts?.region !== undefined) regions.set(parts.region, (regions.get(parts.region) ?? 0) + 1);
		}
		if (accounts.size === 0 && regions.size === 0) return;
		this.#checked = true;
		const changes = [...this.#compare('account', this.#account, accounts), ...this.#compare('region of the ARNs', this.#region, regions)];
		if (changes.length > 0) throw serviceMismatch(this.location, changes);
		this.#account ??= mostSeen(accounts);
		this.#region ??= mostSeen(regions);
	}

	/** What the next checkpoint records. */
	snapshot(): Pick<ServiceIdentity, 'account' | 'arnRegion'> {
		return { account: this.#account, arnRegion: this.#region };
	}

	#compare(what: string, recorded: string | null, seen: Map<string, number>): string[] {
		if (recorded === null || seen.size === 0 || seen.has(recorded)) return [];
		return [`${what}: ${recorded} in the checkpoint, ${mostSeen(seen)} now`];
	}
}

function mostSeen(counts: Map<string, number>): string | null {
	let best: string | null = null;
	let most = 0;
	for (const [value, count] of counts) {
		if (count > most) [best, most] = [value, count];
	}
	return best;
}

/** What differs between the recorded service and the client's, one line each (unknown on either side: no line). */
export function compareServices(recorded: ServiceIdentity, now: Pick<ServiceIdentity, 'region' | 'endpoint'>): string[] {
	const changes: string[] = [];
	if (recorded.region !== null && now.region !== null && recorded.region !== now.region) changes.push(`region: ${recorded.region} in the checkpoint, ${now.region} now`);
	if (recorded.endpoint !== null && now.endpoint !== null && recorded.endpoint !== now.endpoint) changes.push(`endpoint: ${recorded.endpoint} in the checkpoint, ${now.endpoint} now`);
	return changes;
}

export function serviceMismatch(location: string, changes: string[]): CheckpointMismatchError {
	return new CheckpointMismatchError(
		location,
		`The checkpoint ${location} was written against another service, so resuming from it would skip that service's items as if handled: ${changes.join('; ')}. ` +
			'Use one checkpoint per region and account (for example a name with both in it).',
		changes,
	);
}

async function settle<T>(pending: Promise<T> | undefined): Promise<T | undefined> {
	try {
		return await pending;
	} catch {
		return undefined;
	}
}
