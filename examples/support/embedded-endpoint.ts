// The embedded endpoint of the job examples: the same seeded catalogue on the same port on every run. A checkpoint
// records the endpoint it listed (another port would be another service), and the endpoint signs its page tokens
// with a key derived from the seed, so a restarted one accepts the tokens of the one before.
import { startLocalBedrock, type LocalBedrock } from 'bedrock-paginators/local';

/** Starts it on `port`, or on a free one if that is busy (a run started beside another then meets its lock). */
export async function startExampleEndpoint(port: number, catalogue: { models: number; seed: number }): Promise<LocalBedrock> {
	try {
		return await startLocalBedrock({ ...catalogue, port });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
		return startLocalBedrock({ ...catalogue, port: 0 });
	}
}
