/**
 * Which service a checkpoint belongs to: the region and endpoint the client resolves (known before any
 * request), and the accounts and regions in the ARNs of the items (known from the first page). A checkpoint
 * resumed against another region, endpoint or account would skip that service's items as if handled.
 */
import { CheckpointMismatchError } from '../errors/checkpoint-errors.js';
import type { ServiceIdentity } from './checkpoint-state.js';

/** Distinct accounts or regions kept from ARNs: a listing of one account shows one or a few. */
const MAX_KEPT = 16;

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
 * The ARNs a run sees: records their accounts and regions, and on a resumed run checks the first items that
 * carry any against what the checkpoint recorded, before a handler runs.
 */
export class ArnWitness {
	readonly #accounts: Set<string>;
	readonly #regions: Set<string>;
	#confirmed: boolean;

	constructor(
		private readonly location: string,
		private readonly recorded: ServiceIdentity | undefined,
	) {
		this.#accounts = new Set(recorded?.accounts ?? []);
		this.#regions = new Set(recorded?.arnRegions ?? []);
		this.#confirmed = recorded === undefined || (recorded.accounts.length === 0 && recorded.arnRegions.length === 0);
	}

	/** Looks at one page's ids; throws `CheckpointMismatchError` when they show another account or region. */
	observe(ids: readonly unknown[]): void {
		const accounts = new Set<string>();
		const regions = new Set<string>();
		for (const id of ids) {
			const parts = arnParts(id);
			if (parts?.account !== undefined) accounts.add(parts.account);
			if (parts?.region !== undefined) regions.add(parts.region);
		}
		if (!this.#confirmed && (accounts.size > 0 || regions.size > 0)) {
			this.check('account', this.recorded?.accounts ?? [], accounts);
			this.check('region of the ARNs', this.recorded?.arnRegions ?? [], regions);
			this.#confirmed = true;
		}
		for (const account of accounts) if (this.#accounts.size < MAX_KEPT) this.#accounts.add(account);
		for (const region of regions) if (this.#regions.size < MAX_KEPT) this.#regions.add(region);
	}

	/** What the next checkpoint records. */
	snapshot(): Pick<ServiceIdentity, 'accounts' | 'arnRegions'> {
		return { accounts: [...this.#accounts].sort(), arnRegions: [...this.#regions].sort() };
	}

	private check(what: string, recorded: readonly string[], seen: Set<string>): void {
		if (recorded.length === 0 || seen.size === 0 || recorded.some((value) => seen.has(value))) return;
		throw serviceMismatch(this.location, [`${what}: ${recorded.join(', ')} in the checkpoint, ${[...seen].sort().join(', ')} now`]);
	}
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
