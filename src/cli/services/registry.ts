/** Every service the command line knows, by the AWS CLI's name, with its commands. */
import { BEDROCK_COMMANDS } from '../commands.js';
import type { CommandSpec } from '../command-spec.js';
import { FAMILY_COMMANDS } from './family-commands.js';

export const SERVICES: ReadonlyMap<string, ReadonlyMap<string, CommandSpec>> = new Map([['bedrock', BEDROCK_COMMANDS], ...FAMILY_COMMANDS]);
