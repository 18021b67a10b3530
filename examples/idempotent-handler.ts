// An idempotent handler for a resumable job: it tags each model it audited and skips models already tagged, so
// the repeat after a crash (delivery is at least once) does no harm.
// Type-checked in CI; it needs a real account (the local endpoint does not serve tagging).
import { BedrockClient, ListTagsForResourceCommand, TagResourceCommand, type CustomModelSummary } from '@aws-sdk/client-bedrock';

// The SDK's notice that its later versions will need Node 22 (the SDK reads this variable): off unless you set it.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const client = new BedrockClient({});
const RUN = 'audit-2026-11';

export async function auditOnce(model: CustomModelSummary): Promise<void> {
	const { tags = [] } = await client.send(new ListTagsForResourceCommand({ resourceARN: model.modelArn }));
	if (tags.some((tag) => tag.key === 'audited' && tag.value === RUN)) return; // done by an earlier run
	// ... the audit itself ...
	await client.send(new TagResourceCommand({ resourceARN: model.modelArn, tags: [{ key: 'audited', value: RUN }] }));
}
