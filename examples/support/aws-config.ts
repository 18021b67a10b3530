// The examples that list "your account" use the SDK's usual configuration. Without one, the SDK throws
// "Region is missing" (or finds no credentials) with a stack trace; this says in one line what to do instead.
import type { BedrockClient } from '@aws-sdk/client-bedrock';

/** Resolves the client's region and credentials; without them, one line on stderr and exit status 1. */
export async function requireAwsConfig(client: BedrockClient, example: string): Promise<void> {
	let missing: string | undefined;
	try {
		await client.config.region();
	} catch {
		missing = 'no AWS region is configured';
	}
	if (missing === undefined) {
		try {
			await client.config.credentials();
		} catch {
			missing = 'no AWS credentials were found';
		}
	}
	if (missing === undefined) return;
	console.error(
		`examples/${example}.ts: ${missing}. Without an account, run it against an embedded local endpoint: npm run example -- ${example}` +
			` (or point it at one: AWS_ENDPOINT_URL_BEDROCK=http://127.0.0.1:4566 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local).`,
	);
	process.exit(1);
}
