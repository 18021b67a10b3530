/** Help texts, made from the same table as the commands. */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import { memberFlags } from './arguments.js';

export function commandHelp(command: string, descriptor: AnyOperationDescriptor): string {
	const filters = memberFlags(descriptor).map(([flag, , spec]) => {
		const value = spec.type === 'boolean' ? '' : spec.type === 'enum' ? ` ${spec.values.join('|')}` : spec.type === 'timestamp' ? ' TIME' : ' VALUE';
		const required = 'required' in spec && spec.required === true ? ' (required)' : '';
		return `  --${flag}${value}${spec.type === 'boolean' ? ` | --no-${flag}` : ''}${required}`;
	});
	const paging = descriptor.limitKey === undefined
		? ['  --max-items N               Stop after N items and print a NextToken that resumes right after them', '  --starting-token TOKEN      Resume from a NextToken (ours, boto3\'s or the AWS CLI\'s)', '  --no-paginate | --next-token T   One request: the raw page']
		: [
				'  --max-items N               Stop after N items and print a NextToken that resumes right after them',
				`  --page-size N               Items per request (1-${descriptor.limitMax})`,
				"  --starting-token TOKEN      Resume from a NextToken (ours, boto3's or the AWS CLI's)",
				'  --no-paginate | --max-results N | --next-token T   One request: the raw page',
			];
	return `Usage: bedrock-paginators ${command} [options]

Lists Amazon Bedrock ${descriptor.operationName.replace(/^List/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}, like 'aws bedrock ${command}', with retries,
pacing and resumable tokens.

Pagination (boto3 / AWS CLI semantics):
${paging.join('\n')}

Filters:
${filters.length > 0 ? filters.join('\n') : '  (none)'}

Output:
  --output json|text|jsonl|table   json, text and table as the AWS CLI prints them (json is the default;
                              --query applies to the whole result, in text to each page); jsonl: one item
                              per line, streamed (NextToken on stderr), --query applied to each item
  --query EXPR                JMESPath, applied as the AWS CLI applies it
  --checkpoint FILE           With --output jsonl: each line is written whole and synced before FILE records
                              it; running the same command again continues right after the last line recorded
                              (oldest first). Output goes to --output-file PATH, or to stdout when it is a file
                              (> or >>); a pipe or terminal is refused
  --output-file PATH          With --checkpoint: append the lines to PATH
  --checkpoint-pipe           With --checkpoint: allow a pipe or terminal; lines it accepted count as printed

Connection:
  --region REGION  --profile NAME  --endpoint-url URL (a loopback URL gets dummy credentials)
  --cli-connect-timeout SECONDS (default 5)  --cli-read-timeout SECONDS  --debug  --no-retry
  --cli-input-json JSON|file://PATH  --generate-cli-skeleton [input]

Exit status: 0 done; 2 a mistake in the arguments; 255 a failure (parameter validation, service or
network error: the message says whether running again can help); 130 interrupted (after printing
the --starting-token to carry on with).
`;
}
