export { checkNarrative } from './check-narrative';
export type { NarrativeViolation } from './check-narrative';
export { checkStructure } from './check-structure';
