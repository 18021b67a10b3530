/** A custom model as the local endpoint stores it. */
export type CustomizationType =
	| 'FINE_TUNING'
	| 'CONTINUED_PRE_TRAINING'
	| 'DISTILLATION'
	| 'REINFORCEMENT_FINE_TUNING'
	| 'IMPORTED';

export type ModelStatus = 'Active' | 'Creating' | 'Failed';

export interface LocalModel {
	modelArn: string;
	modelName: string;
	/** When the model was created; sent as RFC 3339 with milliseconds. */
	creationTime: Date;
	/** The model it was customised from: a foundation model or another custom model. */
	baseModelArn: string;
	baseModelName: string;
	/** The foundation model at the root of the customisation chain (what `foundationModelArnEquals` matches). */
	foundationModelArn: string;
	customizationType?: CustomizationType;
	ownerAccountId?: string;
	modelStatus?: ModelStatus;
}

/** A model as the wire shows it (a `CustomModelSummary`). */
export function toSummary(model: LocalModel): Record<string, unknown> {
	return {
		modelArn: model.modelArn,
		modelName: model.modelName,
		creationTime: model.creationTime.toISOString(),
		baseModelArn: model.baseModelArn,
		baseModelName: model.baseModelName,
		...(model.customizationType === undefined ? {} : { customizationType: model.customizationType }),
		...(model.ownerAccountId === undefined ? {} : { ownerAccountId: model.ownerAccountId }),
		...(model.modelStatus === undefined ? {} : { modelStatus: model.modelStatus }),
	};
}

/** Sort key: creation time, then ARN, so the order is total and stable across requests. */
export function compareModels(a: LocalModel, b: LocalModel): number {
	const byTime = a.creationTime.getTime() - b.creationTime.getTime();
	if (byTime !== 0) return byTime;
	return a.modelArn < b.modelArn ? -1 : a.modelArn > b.modelArn ? 1 : 0;
}
