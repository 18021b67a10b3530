import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 30_000,
		// Two files at a time on a 2-core machine (the default leaves one core idle): the slow files mostly wait
		// on child processes, moto and boto3, so their waits overlap.
		maxWorkers: 2,
		hookTimeout: 60_000,
		// The SDK's notice about its future Node 22 requirement is noise in test output (child processes inherit this).
		env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
	},
});
