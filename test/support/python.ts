/** Finds the machine's Python with boto3, the reference implementation the cross-check tests run against. */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
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
	/** Dotted path to each item's id; `null` for the whole item (times as epoch milliseconds). @default 'modelArn' */
	idPath?: string | null;
	/** boto3's service name. @default 'bedrock' */
	service?: string;
	/** Also answer the full result's keys in order and its members besides the items and the token. */
	wholeResult?: boolean;
}

/** `ListCustomModels` as boto3 names it: `list_custom_models`. */
export const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
export type BotoResult = { arns: string[]; NextToken: string | null; keys?: string[]; others?: Record<string, unknown> } | { error: string };

/**
 * boto3's paginators, in one Python process per test file (started at the first question, ended by
 * `endBotoPaginate()` in the file's afterAll): a chain of runs that alternates with ours asks it many times, and importing boto3 each
 * time cost most of that test. Asynchronous on purpose: the local endpoint answers from this same process.
 */
export function botoPaginate(cases: BotoCase[]): Promise<BotoResult[]> {
	botoProcess ??= startBotoProcess();
	return botoProcess(cases);
}

/** Ends the boto3 process of this file, if one was started. */
export function endBotoPaginate(): void {
	botoInput?.end();
}

let botoProcess: ((cases: BotoCase[]) => Promise<BotoResult[]>) | undefined;
let botoInput: { end(): void } | undefined;

function startBotoProcess(): (cases: BotoCase[]) => Promise<BotoResult[]> {
	const child = spawn('python3', [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
	botoInput = child.stdin;
	const waiting: { resolve: (results: BotoResult[]) => void; reject: (error: Error) => void }[] = [];
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
	createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.resolve(JSON.parse(line) as BotoResult[]));
	child.on('error', (error) => {
		for (const { reject } of waiting.splice(0)) reject(new Error(`boto3 could not run: ${error.message}`));
	});
	child.on('close', (code) => {
		for (const { reject } of waiting.splice(0)) reject(new Error(`boto3 run failed (${code}): ${stderr}`));
		botoProcess = undefined;
		botoInput = undefined;
	});
	return (cases) =>
		new Promise((resolve, reject) => {
			waiting.push({ resolve, reject });
			child.stdin.write(`${JSON.stringify(cases)}\n`);
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
