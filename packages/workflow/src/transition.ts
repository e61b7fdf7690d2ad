import { WORKFLOW } from './definition';
import type { TransitionDefinition, TransitionFirer, TransitionSource } from './definition';
import { GUARD_CHECKS } from './guards';
import { describeInvalidRequest } from './input';
import { fullRoute, nextStateOnRoute, routeFor, stateLabel, stepDefinition } from './route';
import type { ResolvedStep } from './route';
import type {
  AvailableActionsRequest,
  GuardId,
  OrgType,
  ReportState,
  RoleGrant,
  TransitionRequest,
  TransitionResult,
  WorkflowAction,
  WorkflowActor,
} from './types';

const SOURCE_MATCHERS: Record<
  TransitionSource,
  (state: ReportState, orgType: OrgType, route: readonly ResolvedStep[]) => boolean
> = {
  draft: (state) => state === 'draft',
  // Judged against the full route so a report still waiting at a sign-off step that was switched off can move on.
  any_step: (state, orgType) => (fullRoute(orgType) ?? []).some((step) => step.state === state),
  first_step: (state, _orgType, route) => route[0]?.state === state,
  approved: (state) => state === 'approved',
};

function firersOf(firer: TransitionFirer, state: ReportState, orgType: OrgType): readonly RoleGrant[] {
  switch (firer.kind) {
    case 'grants':
      return firer.grants;
    case 'step_owner':
      return state === 'draft' || state === 'approved' ? [] : [stepDefinition(state).owner];
    case 'route_step_owners':
      return (fullRoute(orgType) ?? [])
        .map((step) => stepDefinition(step.state).owner)
        .filter((owner) => firer.roles.includes(owner.role));
  }
}

function definitionOf(action: WorkflowAction): TransitionDefinition {
  const definition = WORKFLOW.transitions.find((candidate) => candidate.action === action);
  if (!definition) throw new Error(`workflow definition lacks the action ${action}`);
  return definition;
}

function actingGrant(
  definition: TransitionDefinition,
  state: ReportState,
  orgType: OrgType,
  actor: WorkflowActor,
): RoleGrant | undefined {
  const allowed = firersOf(definition.by, state, orgType);
  return actor.grants.find((grant) =>
    allowed.some((firer) => firer.role === grant.role && firer.relation === grant.relation),
  );
}

function guardsOf(
  definition: TransitionDefinition,
  state: ReportState,
  orgType: OrgType,
): readonly GuardId[] {
  if (definition.action !== 'approve') return definition.guards;
  const step = (fullRoute(orgType) ?? []).find((candidate) => candidate.state === state);
  return [...definition.guards, ...(step?.approveGuards ?? [])];
}

/**
 * The actions this actor may take on this report now: the report is in a state the action starts from and the
 * actor holds a role that may fire it. Guards on what the caller supplies at the time of the action (comment,
 * validation, district completeness) are not judged here, so the UI can offer the action and explain a refusal.
 */
export function availableActions(request: AvailableActionsRequest): WorkflowAction[] {
  if (describeInvalidRequest(request) !== null) return [];
  const { report, actor, config = WORKFLOW.defaultConfig } = request;
  const route = routeFor(report.orgType, config);
  if (!route || report.isImportedHistory) return [];
  return WORKFLOW.transitions
    .filter(
      (definition) =>
        SOURCE_MATCHERS[definition.from](report.state, report.orgType, route) &&
        actingGrant(definition, report.state, report.orgType, actor) !== undefined,
    )
    .map((definition) => definition.action);
}

/** Decide one action on one report. Pure: the caller stores the next state and the event when `ok`. */
export function transition(request: TransitionRequest): TransitionResult {
  const invalid = describeInvalidRequest(request);
  if (invalid !== null) return { ok: false, code: 'INVALID_INPUT', message: invalid };
  const { report, actor, action, config = WORKFLOW.defaultConfig } = request;
  const context = request.context ?? {};
  const { state, orgType } = report;
  const actionLabel = WORKFLOW.actions[action].label;

  if (report.isImportedHistory) {
    return {
      ok: false,
      code: 'IMPORTED_HISTORY',
      message: `这是导入的历史年报（已公开发布的报告），只能查看，不能${actionLabel}。`,
    };
  }

  const route = routeFor(orgType, config);
  if (!route) {
    return {
      ok: false,
      code: 'NO_ROUTE',
      message: `${WORKFLOW.orgTypes[orgType].label}的报告不经过审批流程。`,
    };
  }

  const definition = definitionOf(action);
  if (!SOURCE_MATCHERS[definition.from](state, orgType, route)) {
    return {
      ok: false,
      code: 'WRONG_STATE',
      message: `报告当前状态为「${stateLabel(state)}」，不能${actionLabel}。请刷新后查看最新状态。`,
    };
  }

  const actingAs = actingGrant(definition, state, orgType, actor);
  if (!actingAs) {
    return { ok: false, code: 'NOT_ALLOWED', message: `您无权${actionLabel}这份报告。` };
  }

  for (const guard of guardsOf(definition, state, orgType)) {
    const failure = GUARD_CHECKS[guard](context);
    if (failure) return { ok: false, ...failure };
  }

  const nextState = definition.to === 'next_step' ? nextStateOnRoute(state, route) : 'draft';
  const comment = typeof context.comment === 'string' ? context.comment.trim() : '';
  return {
    ok: true,
    nextState,
    event: { action, from: state, to: nextState, actingAs, ...(comment ? { comment } : {}) },
  };
}
