import { WORKFLOW } from './definition';
import type { OrgRelation, OrgType, ReportState, Role, WorkflowAction } from './types';

// Typed id lists for validators, OpenAPI enums and selects, in the order the definition gives them.

export const REPORT_STATES: readonly ReportState[] = WORKFLOW.states.map((state) => state.id);
export const WORKFLOW_ACTIONS = Object.keys(WORKFLOW.actions) as readonly WorkflowAction[];
export const ROLES = Object.keys(WORKFLOW.roles) as readonly Role[];
export const ORG_TYPES = Object.keys(WORKFLOW.orgTypes) as readonly OrgType[];
export const ORG_RELATIONS = Object.keys(WORKFLOW.relations) as readonly OrgRelation[];
