/**
 * Members of a family response beside its items and token that depend on the request. Retrieve with a
 * `guardrailConfiguration` carries the guardrail's `guardrailAction` on every page: `NONE`, or `INTERVENED` for
 * the guardrail id `intervene` (the endpoint runs no guardrail; that id lets a test have either verdict).
 * Without one, the response has no `guardrailAction`, as Bedrock's has none.
 */
export const INTERVENING_GUARDRAIL = 'intervene';

export function requestVerdicts(key: string, body: Readonly<Record<string, unknown>>): Record<string, unknown> {
	if (key !== 'bedrock-agent-runtime:Retrieve') return {};
	const guardrail = body['guardrailConfiguration'];
	if (typeof guardrail !== 'object' || guardrail === null) return {};
	const id = (guardrail as Record<string, unknown>)['guardrailId'];
	return { guardrailAction: id === INTERVENING_GUARDRAIL ? 'INTERVENED' : 'NONE' };
}
