export type { MockMiniMax } from './create-mock.js';
export { createMockMiniMax } from './create-mock.js';
export type { Fault, FaultRule } from './faults/fault.js';
export { MockApiError, MockConnectionReset } from './http/mock-api-error.js';
export { MockOptionsError } from './http/mock-options-error.js';
export type { MockDurations, MockKey, MockOptions, MockPlan } from './options.js';
export { defaultMockKeys } from './options.js';
export type { KeyState, MockState, RequestRecord, StoredFile, Task, Voice } from './state.js';
