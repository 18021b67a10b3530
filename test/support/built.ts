/** Paths of the built package (vitest's global setup builds it once per run). */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
/**
 * The CLI's environment in tests: no credentials or profile from the machine (a loopback `--endpoint-url` gets
 * dummy ones), and no instance metadata service: no test may reach an address off this machine.
 */
export const CLI_ENV = { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '', AWS_EC2_METADATA_DISABLED: 'true' };
