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
