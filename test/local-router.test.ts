/** The local endpoint's router: method and path to operation and decoded path parameters. */
import { describe, expect, it } from 'vitest';
import { createRouter } from '../src/local/router.js';
import { WIRE_OPERATIONS } from '../src/local/wire-spec.js';

const route = createRouter(WIRE_OPERATIONS);
const POLICY_ARN = 'arn:aws:bedrock:us-east-1:123456789012:automated-reasoning-policy/abcdefabcdef';

describe('the router over the wire table', () => {
	it.each([
		['/custom-models', 'ListCustomModels'],
		['/guardrails', 'ListGuardrails'],
		['/marketplace-model/endpoints', 'ListMarketplaceModelEndpoints'],
		['/model-customization/custom-model-deployments', 'ListCustomModelDeployments'],
		['/enforcedGuardrailsConfiguration', 'ListEnforcedGuardrailsConfiguration'],
	])('routes GET %s to %s with no path parameters', (path, operation) => {
		expect(route('GET', path)).toEqual({ kind: 'found', operation, pathParams: {} });
	});

	it('routes every operation of the table by its own path', () => {
		for (const [operation, { path }] of Object.entries(WIRE_OPERATIONS)) {
			const concrete = path.replace('{policyArn}', encodeURIComponent(POLICY_ARN)).replace('{buildWorkflowId}', 'b1');
			expect(route('GET', concrete)).toMatchObject({ kind: 'found', operation });
		}
	});

	it('decodes path parameters, and tells a template with one parameter from one with two', () => {
		const policy = encodeURIComponent(POLICY_ARN);
		expect(route('GET', `/automated-reasoning-policies/${policy}/build-workflows`)).toEqual({
			kind: 'found',
			operation: 'ListAutomatedReasoningPolicyBuildWorkflows',
			pathParams: { policyArn: POLICY_ARN },
		});
		expect(route('GET', `/automated-reasoning-policies/${policy}/build-workflows/wf%2D1/test-results`)).toEqual({
			kind: 'found',
			operation: 'ListAutomatedReasoningPolicyTestResults',
			pathParams: { policyArn: POLICY_ARN, buildWorkflowId: 'wf-1' },
		});
	});

	it('names the operation of a path whose parameter has a malformed percent-escape', () => {
		expect(route('GET', '/automated-reasoning-policies/%E0%A4%A/test-cases')).toEqual({ kind: 'bad-escape', operation: 'ListAutomatedReasoningPolicyTestCases' });
	});

	it.each([
		['POST', '/custom-models'],
		['OPTIONS', '/custom-models'],
		[undefined, '/custom-models'],
		['GET', '/custom-models/'],
		['GET', '/custom-models/extra'],
		['GET', '/prefix/custom-models'],
		['GET', '/automated-reasoning-policies//test-cases'],
		['GET', '/'],
	])('finds no operation at %s %s', (method, path) => {
		expect(route(method, path)).toEqual({ kind: 'none' });
	});
});

describe('the router over any table', () => {
	it('matches a parameter within one path segment only, and the first template that matches wins', () => {
		const table = { First: { path: '/things/{id}' }, Second: { path: '/things/{id}/{part}' }, Shadowed: { path: '/things/{other}' } };
		const router = createRouter(table);
		expect(router('GET', '/things/a%20b')).toEqual({ kind: 'found', operation: 'First', pathParams: { id: 'a b' } });
		expect(router('GET', '/things/a/b')).toEqual({ kind: 'found', operation: 'Second', pathParams: { id: 'a', part: 'b' } });
	});
});
