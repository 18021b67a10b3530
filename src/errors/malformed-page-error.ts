import { PaginationError } from './pagination-error.js';

/**
 * A response had the wrong shape for a page (its item list not an array, its token not a string, no body at all;
 * in a job, an item that is not an object with the identifier the job resumes by). Not retried: the same request
 * would get the same answer.
 */
export class MalformedPageError extends PaginationError {
	override name = 'MalformedPageError';
	/** The response member at fault, such as `modelSummaries`, `nextToken` or `modelSummaries[3].modelArn`. */
	readonly field: string;
	/** Zero-based index of the page in this run. */
	readonly pageIndex: number;
	/** Resumes at the page that was malformed (fetching it again). */
	readonly NextToken: string | undefined;

	constructor(operationName: string, field: string, problem: string, pageIndex: number, nextToken: string | undefined) {
		super(`The ${operationName} response for page ${pageIndex} is malformed: \`${field}\` ${problem}.`);
		this.field = field;
		this.pageIndex = pageIndex;
		this.NextToken = nextToken;
	}
}
