/** How a failed listing is reported on stderr: the AWS CLI's first line, and what to do next. */
import { STATUS_CODES } from 'node:http';
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import type { ListArguments } from './arguments.js';

/** The AWS CLI's first line for a service error. */
export function serviceErrorLine(error: unknown, descriptor: AnyOperationDescriptor): string {
	const { name, message } = error as { name?: string; message?: string };
	if (name === undefined || (error as { $metadata?: unknown }).$metadata === undefined) return `\n${message ?? String(error)}\n`;
	const foreign = foreignAnswer(error);
	// botocore names an error it cannot read by its HTTP status; its message would be the whole body (an HTML page).
	if (foreign !== undefined) return `\nAn error occurred (${foreign.status}) when calling the ${descriptor.operationName} operation: ${foreign.reason}\n`;
	return `\nAn error occurred (${name}) when calling the ${descriptor.operationName} operation: ${message ?? ''}\n`;
}

export function isNetworkFailure(error: unknown): boolean {
	const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
	return typeof code === 'string' && /^E[A-Z]+$|^UND_ERR/.test(code) && (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === undefined;
}

export function connectError(error: unknown, args: ListArguments, descriptor: AnyOperationDescriptor): string {
	const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
	const base = args.endpointUrl?.replace(/\/$/, '') ?? `https://bedrock.${args.region ?? 'the configured region'}.amazonaws.com`;
	const path = descriptor.operationName === 'ListCustomModels' ? '/custom-models' : '';
	const why = code === 'ECONNREFUSED' ? 'connection refused: nothing listens there' : code === 'ENOTFOUND' ? 'no such host' : code;
	return `\nCould not connect to the endpoint URL: "${base}${path}" (${why})\n`;
}

/**
 * An answer that is not Bedrock's: something else listens at the endpoint (a web server's HTML 404, a proxy's
 * page), so the SDK could not read an error code from it.
 */
export function foreignAnswer(error: unknown): { status: number; reason: string } | undefined {
	const { name = '', message = '', $metadata, $response } = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number }; $response?: { reason?: string } };
	const status = $metadata?.httpStatusCode;
	if (status === undefined) return undefined;
	const unreadable = name === 'SyntaxError' || name === 'UnknownError' || /^\d+$/.test(name) || /Deserialization error/.test(message);
	if (!unreadable) return undefined;
	return { status, reason: $response?.reason ?? STATUS_CODES[status] ?? 'Unknown' };
}

/** For an answer that is not Bedrock's: ask whether the endpoint is the right one. */
export function endpointAdvice(error: unknown, endpointUrl: string | undefined): string {
	const foreign = foreignAnswer(error);
	if (foreign === undefined) return '';
	const where = endpointUrl === undefined ? 'the endpoint' : `--endpoint-url ${endpointUrl}`;
	return `The answer (HTTP ${foreign.status}) did not come from Bedrock: does ${where} point at Bedrock${endpointUrl === undefined ? '' : ' (or at the local endpoint)'}?\n`;
}

/** What to fix for errors that running again cannot outlast. */
export function fixAdvice(error: unknown, endpointUrl?: string): string {
	const foreign = endpointAdvice(error, endpointUrl);
	if (foreign !== '') return foreign;
	const name = (error as { name?: string }).name ?? '';
	const message = (error as { message?: string }).message ?? '';
	if (name === 'ValidationException') return 'Fix the request (a filter or a flag) and run it again.\n';
	if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException') return 'Check the credentials and permissions (bedrock:List*) of the profile in use.\n';
	if (/region/i.test(message)) return 'Set a region: --region us-east-1, or AWS_REGION.\n';
	if (/profile/i.test(message) || name === 'CredentialsProviderError') return 'Check --profile (or AWS_PROFILE) and ~/.aws/config.\n';
	return '';
}
