/** How a failed listing is reported on stderr: the AWS CLI's first line, and what to do next. */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import type { ListArguments } from './arguments.js';

/** The AWS CLI's first line for a service error. */
export function serviceErrorLine(error: unknown, descriptor: AnyOperationDescriptor): string {
	const { name, message } = error as { name?: string; message?: string };
	if (name === undefined || (error as { $metadata?: unknown }).$metadata === undefined) return `\n${message ?? String(error)}\n`;
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

/** What to fix for errors that running again cannot outlast. */
export function fixAdvice(error: unknown): string {
	const name = (error as { name?: string }).name ?? '';
	const message = (error as { message?: string }).message ?? '';
	if (name === 'ValidationException') return 'Fix the request (a filter or a flag) and run it again.\n';
	if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException') return 'Check the credentials and permissions (bedrock:List*) of the profile in use.\n';
	if (/region/i.test(message)) return 'Set a region: --region us-east-1, or AWS_REGION.\n';
	if (/profile/i.test(message) || name === 'CredentialsProviderError') return 'Check --profile (or AWS_PROFILE) and ~/.aws/config.\n';
	return '';
}
