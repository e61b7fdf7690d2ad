import { WORKFLOW } from './definition';
import type { OrgType, ReportState, Role, RoleGrant, WorkflowAction, WorkflowConfig } from './types';

// Object.hasOwn is missing from older mini-program JS engines.
function hasKey(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

// Callers pass data that came over the wire or out of a database: check it before trusting the types.

export function isReportState(value: unknown): value is ReportState {
  return WORKFLOW.states.some((state) => state.id === value);
}

export function isOrgType(value: unknown): value is OrgType {
  return typeof value === 'string' && hasKey(WORKFLOW.orgTypes, value);
}

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && hasKey(WORKFLOW.actions, value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && hasKey(WORKFLOW.roles, value);
}

export function isRoleGrant(value: unknown): value is RoleGrant {
  if (typeof value !== 'object' || value === null) return false;
  const { role, relation } = value as Record<string, unknown>;
  return isRole(role) && typeof relation === 'string' && hasKey(WORKFLOW.relations, relation);
}

export function isWorkflowConfig(value: unknown): value is WorkflowConfig {
  if (typeof value !== 'object' || value === null) return false;
  const signOff = (value as Record<string, unknown>).leaderSignOff;
  if (typeof signOff !== 'object' || signOff === null) return false;
  const levels = signOff as Record<string, unknown>;
  return typeof levels.district === 'boolean' && typeof levels.city === 'boolean';
}

/** Chinese description of the first thing wrong with a request, or null when it is well-formed. */
export function describeInvalidRequest(request: {
  report?: unknown;
  actor?: unknown;
  action?: unknown;
  config?: unknown;
}): string | null {
  const report = (typeof request.report === 'object' && request.report) || {};
  const { state, orgType } = report as Record<string, unknown>;
  if (!isReportState(state)) return `未知的报告状态：${String(state)}。`;
  if (!isOrgType(orgType)) return `未知的单位类型：${String(orgType)}。`;
  if ('action' in request && !isWorkflowAction(request.action))
    return `未知的操作：${String(request.action)}。`;
  const grants =
    (typeof request.actor === 'object' && request.actor && (request.actor as { grants?: unknown }).grants) ||
    null;
  if (!Array.isArray(grants) || !grants.every(isRoleGrant)) return '操作人的角色信息不完整。';
  if (request.config !== undefined && !isWorkflowConfig(request.config)) return '审批流程配置不完整。';
  return null;
}
