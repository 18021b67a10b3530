#!/usr/bin/env node
// Packs the package into a temporary directory and checks its types with @arethetypeswrong/cli, leaving the
// project directory as it was (attw --pack would write, then delete, a .tgz in it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const directory = mkdtempSync(join(tmpdir(), 'bedrock-paginators-pack-'));
try {
	const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', directory], { encoding: 'utf8' }));
	execFileSync('npx', ['attw', join(directory, filename), '--profile', 'node16'], { stdio: 'inherit' });
} finally {
	rmSync(directory, { recursive: true, force: true });
}
