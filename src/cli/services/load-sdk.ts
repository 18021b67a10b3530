/** Loads a service's SDK package when one of its commands runs; a missing package is one line that says what to install. */
import { CliFailure } from '../exit.js';

export async function loadSdk(packageName: string, service: string): Promise<Record<string, unknown>> {
	try {
		// A specifier held in a variable: the bundler leaves it to Node, so the package stays the user's to install.
		return (await import(packageName)) as Record<string, unknown>;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes(packageName)) {
			throw new CliFailure(`bedrock-paginators ${service}: ${packageName} is not installed; install it beside bedrock-paginators (npm install ${packageName}) and run the command again.\n`);
		}
		throw error;
	}
}

/** A named export of a loaded SDK that must be a class (a client or a command). */
export function sdkClass<T>(sdk: Record<string, unknown>, name: string, packageName: string): T {
	const value = sdk[name];
	if (typeof value !== 'function') {
		throw new CliFailure(`bedrock-paginators: the installed ${packageName} has no ${name}; update it (npm install ${packageName}@latest).\n`);
	}
	return value as T;
}
