/**
 * `--profile NAME` (or AWS_PROFILE) checked before anything else, as the AWS CLI checks it: a profile that neither
 * the config file nor the credentials file defines is a mistake to report by name, not a credentials failure later.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CliFailure } from './exit.js';

/** Section names of an ini file; in the config file, `[profile NAME]` names NAME. */
function profilesIn(path: string, isConfig: boolean): string[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return [];
	}
	const names: string[] = [];
	for (const match of text.matchAll(/^\s*\[\s*([^\]]+?)\s*\]/gm)) {
		const section = match[1] as string;
		if (!isConfig) names.push(section);
		else if (section === 'default') names.push(section);
		else if (/^profile\s+/.test(section)) names.push(section.replace(/^profile\s+/, ''));
	}
	return names;
}

/** Throws the AWS CLI's message when `profile`, named explicitly (even `default`), is defined in neither file. */
export function checkProfile(profile: string | undefined, env: NodeJS.ProcessEnv): void {
	if (profile === undefined || profile === '') return;
	const home = env['HOME'] ?? homedir();
	const config = env['AWS_CONFIG_FILE'] || join(home, '.aws', 'config');
	const credentials = env['AWS_SHARED_CREDENTIALS_FILE'] || join(home, '.aws', 'credentials');
	if (profilesIn(config, true).includes(profile) || profilesIn(credentials, false).includes(profile)) return;
	throw new CliFailure(`\nThe config profile (${profile}) could not be found\n`);
}
