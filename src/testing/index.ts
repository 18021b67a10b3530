// `bedrock-paginators/testing`: the conformance kit for checkpoint stores of your own.
export { checkpointStoreContract, StoreContractError } from './checkpoint-store-contract.js';
export type { StoreUnderTest } from './checkpoint-store-contract.js';
