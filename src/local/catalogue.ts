/** A seeded generator of realistic custom models: the same options always give the same catalogue. */
import type { CustomizationType, LocalModel, ModelStatus } from './model.js';
import { pick, pickWeighted, seededRandom, type Random } from './random.js';

export interface CatalogueOptions {
	/** How many models. @default 2500 */
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

const FOUNDATION_MODELS: readonly (readonly [id: string, name: string])[] = [
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

const TEAMS = ['support', 'search', 'legal', 'sales', 'risk', 'claims', 'hr', 'docs', 'code', 'ops', 'finance', 'triage'];
const TASKS = ['summarizer', 'classifier', 'assistant', 'extractor', 'router', 'qa', 'rewriter', 'tagger', 'chat'];

const CUSTOMIZATION_WEIGHTS: Readonly<Record<CustomizationType, number>> = {
	FINE_TUNING: 60,
	CONTINUED_PRE_TRAINING: 15,
	DISTILLATION: 10,
	IMPORTED: 10,
	REINFORCEMENT_FINE_TUNING: 5,
};
const STATUS_WEIGHTS: Readonly<Record<ModelStatus, number>> = { Active: 85, Creating: 8, Failed: 7 };
const OTHER_ACCOUNTS = ['210987654321', '555566667777', '999988887777'];

export function generateCatalogue(options: CatalogueOptions = {}): LocalModel[] {
	const { count = 2500, seed = 1, accountId = '123456789012', region = 'us-east-1', spanDays = 730 } = options;
	const until = (options.until ?? new Date('2026-01-01T00:00:00Z')).getTime();
	const random = seededRandom(seed);
	const models: LocalModel[] = [];
	for (let index = 0; index < count; index++) {
		const owner = random() < 0.9 ? accountId : pick(random, OTHER_ACCOUNTS);
		const creationTime = new Date(until - Math.floor(random() * spanDays * 86_400_000));
		const customizationType = pickWeighted(random, CUSTOMIZATION_WEIGHTS);
		const [foundationId, foundationName] = pick(random, FOUNDATION_MODELS);
		const foundationModelArn = `arn:aws:bedrock:${region}::foundation-model/${foundationId}`;
		const name = `${pick(random, TEAMS)}-${pick(random, TASKS)}-${creationTime.toISOString().slice(0, 10)}-v${1 + Math.floor(random() * 9)}`;
		const parent = models.length > 0 && random() < 0.1 ? pick(random, models) : undefined;
		models.push({
			modelArn: customModelArn(random, region, owner, customizationType === 'IMPORTED' ? 'imported' : foundationId),
			modelName: `${name}-${index.toString(36)}`,
			creationTime,
			// One model in ten is customised again from an earlier custom model: its base is that model,
			// its foundation model the same as that model's.
			baseModelArn: parent?.modelArn ?? foundationModelArn,
			baseModelName: parent?.modelName ?? foundationName,
			foundationModelArn: parent?.foundationModelArn ?? foundationModelArn,
			customizationType,
			ownerAccountId: owner,
			modelStatus: pickWeighted(random, STATUS_WEIGHTS),
		});
	}
	return models;
}

/** `arn:aws:bedrock:<region>:<account>:custom-model/<base model id>/<12 characters>`, as the API's pattern says. */
function customModelArn(random: Random, region: string, account: string, baseId: string): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	let suffix = '';
	for (let i = 0; i < 12; i++) suffix += alphabet[Math.floor(random() * alphabet.length)];
	return `arn:aws:bedrock:${region}:${account}:custom-model/${baseId}/${suffix}`;
}
