import { WORKFLOW } from './definition';
import type { RouteStep, StepDefinition } from './definition';
import type { OrgType, ReportState, ReviewState, RoleGrant, WorkflowConfig } from './types';

/** One review step of a report's route, as the caller (and the UI) needs it. */
export interface ResolvedStep {
  state: ReviewState;
  label: string;
  owner: RoleGrant;
  approveGuards: RouteStep['approveGuards'];
}

const STATE_ORDER: ReadonlyMap<ReportState, number> = new Map(
  WORKFLOW.states.map((state, index) => [state.id, index]),
);

export function stateOrder(state: ReportState): number {
  return STATE_ORDER.get(state) ?? -1;
}

export function stepDefinition(state: ReviewState): StepDefinition {
  return WORKFLOW.steps[state];
}

/** Every step an org type's route can have, sign-off steps included whatever the configuration. */
export function fullRoute(orgType: OrgType): readonly RouteStep[] | null {
  const route = WORKFLOW.routes[orgType];
  return route ? route.steps : null;
}

/** The steps a report of this org type passes under this configuration, in order; `null` when it has no route. */
export function routeFor(
  orgType: OrgType,
  config: WorkflowConfig = WORKFLOW.defaultConfig,
): ResolvedStep[] | null {
  const steps = fullRoute(orgType);
  if (!steps) return null;
  return steps
    .filter((step) => {
      const level = stepDefinition(step.state).signOffLevel;
      return level === undefined || config.leaderSignOff[level];
    })
    .map((step) => ({
      state: step.state,
      label: stateLabel(step.state),
      owner: stepDefinition(step.state).owner,
      approveGuards: step.approveGuards ?? [],
    }));
}

/**
 * The state after `state` on the route: the first step that comes later in route order. Working by order rather
 * than by position keeps reports moving when a sign-off level is switched off while they wait at it.
 */
export function nextStateOnRoute(state: ReportState, route: readonly ResolvedStep[]): ReportState {
  const current = stateOrder(state);
  return route.find((step) => stateOrder(step.state) > current)?.state ?? 'approved';
}

export function stateLabel(state: ReportState): string {
  return WORKFLOW.states.find((candidate) => candidate.id === state)?.label ?? state;
}
