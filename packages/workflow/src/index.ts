export * from './types';
export { WORKFLOW } from './definition';
export type {
  RouteDefinition,
  RouteStep,
  StepDefinition,
  TransitionDefinition,
  TransitionFirer,
  TransitionSource,
  TransitionTarget,
} from './definition';
export { ORG_RELATIONS, ORG_TYPES, REPORT_STATES, ROLES, WORKFLOW_ACTIONS } from './ids';
export { routeFor, stateLabel } from './route';
export type { ResolvedStep } from './route';
export { availableActions, transition } from './transition';
export { relationOf } from './relation';
export { actionLabel, isReturned, statusLabel, summarizeValidation } from './status';
export { isOrgType, isReportState, isRole, isWorkflowAction } from './input';
export { mayImportHistory, maySendReminders, seesSubtree } from './office';
