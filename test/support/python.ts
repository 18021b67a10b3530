/** Finds the machine's Python with boto3, the reference implementation the cross-check tests run against. */
import { execFile, spawnSync } from 'node:child_process';
import { run } from './run.js';
import { fileURLToPath } from 'node:url';

const probe = spawnSync('python3', ['-c', 'import boto3, awscli; print(boto3.__version__)'], { encoding: 'utf8' });
export const botoVersion = probe.status === 0 ? probe.stdout.trim() : undefined;
export const botoMissing = botoVersion === undefined
	? `python3 with boto3 and awscli not found (${(probe.error?.message ?? probe.stderr ?? '').trim().split('\n').at(-1)})`
	: undefined;

const SCRIPT = fileURLToPath(new URL('./boto_paginate.py', import.meta.url));

export interface BotoCase {
	endpoint: string;
	filters: Record<string, unknown>;
	pagination: { MaxItems?: number; PageSize?: number; StartingToken?: string };
	/** boto3's snake_case operation name. @default 'list_custom_models' */
	operation?: string;
	/** @default 'modelSummaries' */
	resultKey?: string;
	/** Dotted path to each item's id. @default 'modelArn' */
	idPath?: string;
}

/** `ListCustomModels` as boto3 names it: `list_custom_models`. */
export const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
export type BotoResult = { arns: string[]; NextToken: string | null } | { error: string };

/** Asynchronous on purpose: the local endpoint answers from this same process, so blocking it would deadlock. */
export function botoPaginate(cases: BotoCase[]): Promise<BotoResult[]> {
	return new Promise((resolve, reject) => {
		const child = execFile('python3', [SCRIPT], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error) reject(new Error(`boto3 run failed: ${stderr || error.message}`));
			else resolve(JSON.parse(stdout) as BotoResult[]);
		});
		child.stdin?.end(JSON.stringify(cases));
	});
}

/** What the AWS CLI is run with against a local endpoint: credentials it accepts, a region, no pager. */
export const AWS_CLI_ENV: Readonly<Record<string, string>> = {
	AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
	AWS_SECRET_ACCESS_KEY: 'local-secret',
	AWS_DEFAULT_REGION: 'us-east-1',
	AWS_PAGER: '',
};

/** Runs the real AWS CLI (v1, from the machine's Python) against a local endpoint, in a process of its own. */
export function awsCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	return run('python3', ['-m', 'awscli', ...args], AWS_CLI_ENV);
}
