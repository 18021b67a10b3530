/**
 * Which service a checkpoint belongs to: the region and endpoint the client resolves (known before any
 * request), and the account and region in the ARNs of the items. A checkpoint
 * resumed against another region, endpoint or account would skip that service's items as if handled.
 *
 * The account is the one most of the oldest 50 items' ARNs name (see {@link ArnSample}).
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

/** Items whose ARNs tell the account: the oldest of the job's listing, the same sample on every run. */
export const ACCOUNT_SAMPLE = 50;

/**
 * The account and region most of the first {@link ACCOUNT_SAMPLE} items' ARNs name: a fresh run learns them
 * from its listing, a resumed run from one request for those items (`account-probe.ts`), so that both look at
 * the same items whatever the page size. A listing of custom models also shows models shared from other
 * accounts; most of the oldest are the caller's own.
 */
export class ArnSample {
	readonly #accounts = new Map<string, number>();
	readonly #regions = new Map<string, number>();
	#seen = 0;

	/** Counts the ARNs among `ids` until the sample is full. */
	add(ids: readonly unknown[]): void {
		for (const id of ids) {
			if (this.#seen >= ACCOUNT_SAMPLE) return;
			const parts = arnParts(id);
			if (parts === undefined) continue;
			this.#seen++;
			if (parts.account !== undefined) this.#accounts.set(parts.account, (this.#accounts.get(parts.account) ?? 0) + 1);
			if (parts.region !== undefined) this.#regions.set(parts.region, (this.#regions.get(parts.region) ?? 0) + 1);
		}
	}

	get full(): boolean {
		return this.#seen >= ACCOUNT_SAMPLE;
	}

	majority(): Pick<ServiceIdentity, 'account' | 'arnRegion'> {
		return { account: mostSeen(this.#accounts), arnRegion: mostSeen(this.#regions) };
	}
}

/** What differs between the recorded account and region of the ARNs and a sample's. */
export function compareArns(recorded: ServiceIdentity, sample: Pick<ServiceIdentity, 'account' | 'arnRegion'>): string[] {
	const changes: string[] = [];
	if (recorded.account !== null && sample.account !== null && recorded.account !== sample.account) changes.push(`account: ${recorded.account} in the checkpoint, ${sample.account} now`);
	if (recorded.arnRegion !== null && sample.arnRegion !== null && recorded.arnRegion !== sample.arnRegion) {
		changes.push(`region of the ARNs: ${recorded.arnRegion} in the checkpoint, ${sample.arnRegion} now`);
	}
	return changes;
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
