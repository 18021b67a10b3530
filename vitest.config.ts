import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The slow checks: the AWS CLI and boto3 side by side with ours, the examples run as users run them, and the crash and
 * race loops in full (thirty SIGKILLs, fifty starts; `test/support/thorough.ts`). `npm test` runs everything else,
 * and those loops short; `npm run test:slow` runs these, and CI runs both.
 */
const CROSS_CHECKS = ['test/integration/aws-cli*.test.ts', 'test/integration/botocore.test.ts', 'test/examples.test.ts'];
const LOOPS = ['test/integration/crash.test.ts', 'test/integration/remote-jobs.test.ts', 'test/integration/cli-checkpoint-kills.test.ts'];
// The SDK's notice about its future Node 22 requirement is noise in test output (child processes inherit this).
const ENV = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

export default defineConfig({
	test: {
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 30_000,
		// Two files at a time on a 2-core machine (the default leaves one core idle): the slow files mostly wait
		// on child processes, moto and boto3, so their waits overlap.
		maxWorkers: 2,
		hookTimeout: 60_000,
		env: ENV,
		projects: [
			{ extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...CROSS_CHECKS] } },
			// Their tests start several processes one after another: minutes, not seconds, on a loaded machine.
			{
				extends: true,
				test: { name: 'slow', include: [...CROSS_CHECKS, ...LOOPS], testTimeout: 120_000, env: { ...ENV, BEDROCK_PAGINATORS_THOROUGH: '1' } },
			},
		],
	},
});
