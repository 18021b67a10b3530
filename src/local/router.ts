/**
 * Method and path to operation. Each operation's path template in the wire table
 * (`/automated-reasoning-policies/{policyArn}/test-cases`) becomes a pattern whose groups are its path
 * parameters, percent-decoded on a match. A template is served with its own method (GET unless the table
 * says otherwise); the same path with another method is no operation. Method and path template tell every
 * paginated operation of the seven Bedrock clients apart (a test checks that no two overlap), so one port
 * serves them all without reading the Host, the user agent or the credential scope.
 */

export type RouteMatch =
	| { readonly kind: 'none' }
	/** The path names an operation, but a path parameter's percent-escape cannot be decoded. */
	| { readonly kind: 'bad-escape'; readonly operation: string }
	| { readonly kind: 'found'; readonly operation: string; readonly pathParams: Readonly<Record<string, string>> };

export type Router = (method: string | undefined, pathname: string) => RouteMatch;

interface Route {
	readonly operation: string;
	readonly method: string;
	readonly pattern: RegExp;
	readonly names: readonly string[];
}

/** A router over `{ Operation: { path } }`; the first template that matches wins, in the table's order. */
export function createRouter(table: Readonly<Record<string, { readonly path: string; readonly method?: string }>>): Router {
	const routes = Object.entries(table).map(([operation, { path, method = 'GET' }]) => compile(operation, path, method));
	return (method, pathname) => {
		const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
		if (route === undefined) return { kind: 'none' };
		const values = route.pattern.exec(pathname)?.slice(1) ?? [];
		try {
			const pathParams = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]));
			return { kind: 'found', operation: route.operation, pathParams };
		} catch {
			return { kind: 'bad-escape', operation: route.operation };
		}
	};
}

function compile(operation: string, path: string, method: string): Route {
	const names: string[] = [];
	const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
		names.push(name);
		return '([^/]+)';
	});
	return { operation, method, pattern: new RegExp(`^${source}$`), names };
}
