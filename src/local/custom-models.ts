/** The custom models' own methods of the endpoint: models are stored whole, as `LocalModel`s. */
import { randomUUID } from 'node:crypto';
import { storedItem, type Collection } from './collection-stores.js';
import type { LocalModel } from './model.js';

export type NewModel = Partial<LocalModel> & Pick<LocalModel, 'modelName'>;

export function listModels({ store }: Collection): LocalModel[] {
	return store.all().map((stored) => modelOf(stored.item));
}

/** Stores a model; fields left out get plausible values (creation time: now). */
export function addModel({ spec, store }: Collection, partial: NewModel, accountId: string, region: string): LocalModel {
	// A model customised from a stored custom model shares that model's foundation model.
	const base = partial.baseModelArn === undefined ? undefined : store.get(partial.baseModelArn);
	const foundationModelArn = partial.foundationModelArn ?? (base === undefined ? undefined : modelOf(base.item).foundationModelArn) ?? partial.baseModelArn;
	const model = completeModel(foundationModelArn === undefined ? partial : { ...partial, foundationModelArn }, accountId, region);
	store.insert(storedItem(spec, model as unknown as Record<string, unknown>));
	return model;
}

/** Deletes the model with this ARN or, failing that, this name; `true` if one was deleted. */
export function deleteModel({ store }: Collection, arnOrName: string): boolean {
	const found = store.get(arnOrName) ?? store.all().find((stored) => modelOf(stored.item).modelName === arnOrName);
	return found !== undefined && store.delete(found.id) !== undefined;
}

/** The custom models' collection holds only `LocalModel`s: the ones given, generated or added here. */
function modelOf(item: Readonly<Record<string, unknown>>): LocalModel {
	return item as unknown as LocalModel;
}

function completeModel(partial: NewModel, accountId: string, region: string): LocalModel {
	const foundation = `arn:aws:bedrock:${region}::foundation-model/amazon.titan-text-express-v1`;
	const suffix = randomUUID().replace(/-/g, '').slice(0, 12);
	return {
		modelArn: `arn:aws:bedrock:${region}:${accountId}:custom-model/amazon.titan-text-express-v1/${suffix}`,
		creationTime: new Date(),
		baseModelArn: foundation,
		baseModelName: 'Titan Text G1 - Express',
		foundationModelArn: foundation,
		customizationType: 'FINE_TUNING',
		ownerAccountId: accountId,
		modelStatus: 'Active',
		...partial,
	};
}
