import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The slow cross-checks: the AWS CLI and boto3 side by side with ours, and the examples run as users run them.
 * `npm test` (and so CI) runs them with everything else; `npm run test:quick` leaves them out.
 */
const CROSS_CHECKS = ['test/integration/aws-cli*.test.ts', 'test/integration/botocore.test.ts', 'test/examples.test.ts'];

export default defineConfig({
	test: {
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 30_000,
		// Two files at a time on a 2-core machine (the default leaves one core idle): the slow files mostly wait
		// on child processes, moto and boto3, so their waits overlap.
		maxWorkers: 2,
		hookTimeout: 60_000,
		// The SDK's notice about its future Node 22 requirement is noise in test output (child processes inherit this).
		env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
		projects: [
			{ extends: true, test: { name: 'quick', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...CROSS_CHECKS] } },
			// Their tests start several processes one after another: minutes, not seconds, on a loaded machine.
			{ extends: true, test: { name: 'cross-checks', include: CROSS_CHECKS, testTimeout: 120_000 } },
		],
	},
});
