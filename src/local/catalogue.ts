/** A seeded generator of realistic custom models: the same options always give the same catalogue. */
import type { CustomizationType, LocalModel, ModelStatus } from './model.js';
import { pick, seededRandom, weightedPicker, type Random } from './random.js';

export interface CatalogueOptions {
	/** How many models. @default 100 */
	count?: number;
	/** @default 1 */
	seed?: number;
	/** The caller's account: most models are owned by it, some are shared from others. @default '123456789012' */
	accountId?: string;
	/** @default 'us-east-1' */
	region?: string;
	/** Creation times fall in the `spanDays` days before this instant. @default 2026-01-01T00:00:00Z */
	until?: Date;
	/** @default 730 */
	spanDays?: number;
}

export const FOUNDATION_MODELS: readonly (readonly [id: string, name: string])[] = [
	['amazon.titan-text-express-v1', 'Titan Text G1 - Express'],
	['amazon.titan-text-lite-v1', 'Titan Text G1 - Lite'],
	['amazon.nova-micro-v1:0', 'Nova Micro'],
	['amazon.nova-lite-v1:0', 'Nova Lite'],
	['amazon.nova-pro-v1:0', 'Nova Pro'],
	['anthropic.claude-3-haiku-20240307-v1:0', 'Claude 3 Haiku'],
	['meta.llama3-1-8b-instruct-v1:0', 'Llama 3.1 8B Instruct'],
	['meta.llama3-1-70b-instruct-v1:0', 'Llama 3.1 70B Instruct'],
	['cohere.command-r-v1:0', 'Command R'],
	['mistral.mistral-7b-instruct-v0:2', 'Mistral 7B Instruct'],
];

export const TEAMS = ['support', 'search', 'legal', 'sales', 'risk', 'claims', 'hr', 'docs', 'code', 'ops', 'finance', 'triage'];
export const TASKS = ['summarizer', 'classifier', 'assistant', 'extractor', 'router', 'qa', 'rewriter', 'tagger', 'chat'];

const CUSTOMIZATION_WEIGHTS: Readonly<Record<CustomizationType, number>> = {
	FINE_TUNING: 60,
	CONTINUED_PRE_TRAINING: 15,
	DISTILLATION: 10,
	IMPORTED: 10,
	REINFORCEMENT_FINE_TUNING: 5,
};
const pickCustomization = weightedPicker(CUSTOMIZATION_WEIGHTS);
const pickStatus = weightedPicker<ModelStatus>({ Active: 85, Creating: 8, Failed: 7 });
const OTHER_ACCOUNTS = ['210987654321', '555566667777', '999988887777'];
const DAY_MS = 86_400_000;

/** A catalogue that makes each model only when it is asked for: a million models cost their times alone. */
export interface LazyCatalogue {
	readonly size: number;
	/** Creation times, oldest first, in epoch milliseconds. */
	readonly times: Float64Array;
	/** The model at a position (the same object each time it is asked for). */
	model(index: number): LocalModel;
}

/** The models, sorted by creation time (oldest first). Each is made from its own seeded stream. */
export function generateCatalogue(options: CatalogueOptions = {}): LocalModel[] {
	const catalogue = lazyCatalogue(options);
	return Array.from({ length: catalogue.size }, (_, index) => catalogue.model(index));
}

export function lazyCatalogue(options: CatalogueOptions = {}): LazyCatalogue {
	const { count = 100, seed = 1, accountId = '123456789012', region = 'us-east-1', spanDays = 730 } = options;
	const until = (options.until ?? new Date('2026-01-01T00:00:00Z')).getTime();
	const random = seededRandom(seed);
	const times = new Float64Array(count);
	for (let index = 0; index < count; index++) times[index] = until - Math.floor(random() * spanDays * DAY_MS);
	times.sort();
	const foundations = FOUNDATION_MODELS.map(([id, name]) => ({ id, name, arn: `arn:aws:bedrock:${region}::foundation-model/${id}` }));
	const made = new Map<number, LocalModel>();
	const model = (index: number): LocalModel => {
		const cached = made.get(index);
		if (cached !== undefined) return cached;
		const own = seededRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0);
		const time = times[index] as number;
		const owner = own() < 0.9 ? accountId : pick(own, OTHER_ACCOUNTS);
		const customizationType = pickCustomization(own);
		const foundation = pick(own, foundations);
		const name = `${pick(own, TEAMS)}-${pick(own, TASKS)}-${dayOf(time)}-v${1 + Math.floor(own() * 9)}-${index.toString(36)}`;
		// One model in ten is customised again from an earlier custom model: its base is that model, its
		// foundation model the same as that model's.
		const parentIndex = index > 0 && own() < 0.1 ? Math.floor(own() * index) : undefined;
		const parent = parentIndex === undefined ? undefined : model(parentIndex);
		const result: LocalModel = {
			modelArn: customModelArn(own, region, owner, customizationType === 'IMPORTED' ? 'imported' : foundation.id),
			modelName: name,
			creationTime: new Date(time),
			baseModelArn: parent?.modelArn ?? foundation.arn,
			baseModelName: parent?.modelName ?? foundation.name,
			foundationModelArn: parent?.foundationModelArn ?? foundation.arn,
			customizationType,
			ownerAccountId: owner,
			modelStatus: pickStatus(own),
		};
		made.set(index, result);
		return result;
	};
	return { size: count, times, model };
}

/** `YYYY-MM-DD` of an epoch time, without making a Date. */
function dayOf(time: number): string {
	const days = Math.floor(time / DAY_MS);
	// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
	const z = days + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
	const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** `arn:aws:bedrock:<region>:<account>:custom-model/<base model id>/<12 characters>`, as the API's pattern says. */
function customModelArn(random: Random, region: string, account: string, baseId: string): string {
	return `arn:aws:bedrock:${region}:${account}:custom-model/${baseId}/${randomId(random, 12)}`;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const codes: number[] = [];

/** `length` characters of [a-z0-9]. */
export function randomId(random: Random, length: number): string {
	codes.length = length;
	for (let i = 0; i < length; i++) codes[i] = ALPHABET.charCodeAt(Math.floor(random() * 36));
	return String.fromCharCode(...codes);
}
