/** The commands, generated from the descriptor table: `list-custom-models`, `list-guardrails`, ... and `local-endpoint`. */
import type { AnyOperationDescriptor } from '../core/descriptor.js';
import * as table from '../operations/table.js';
import { kebab } from './arguments.js';

export const LIST_COMMANDS: ReadonlyMap<string, AnyOperationDescriptor> = new Map(
	(Object.values(table) as AnyOperationDescriptor[]).map((descriptor) => [kebab(descriptor.operationName), descriptor]),
);
