import { PaginationError } from './pagination-error.js';

/** The service handed back a `nextToken` already used in this run: following it would loop forever. */
export class DuplicateTokenError extends PaginationError {
	override name = 'DuplicateTokenError';
	/** The repeated service token. */
	readonly token: string;
	/** Zero-based index of the page whose request would have reused the token. */
	readonly pageIndex: number;
	/** Resumes where the listing stopped: at the page that would have been fetched with the repeated token. */
	readonly NextToken: string | undefined;

	constructor(token: string, pageIndex: number, nextToken?: string) {
		super(
			`The service returned the nextToken ${JSON.stringify(token.length > 80 ? `${token.slice(0, 77)}...` : token)} a second time in this listing ` +
				`(before page ${pageIndex}); stopping instead of looping over the same pages.`,
		);
		this.token = token;
		this.pageIndex = pageIndex;
		this.NextToken = nextToken;
	}
}
