/** Where a report is in its approval route. Returned, withdrawn and reopened reports are back in `draft`. */
export type ReportState =
  | 'draft'
  | 'pending_unit'
  | 'pending_district'
  | 'pending_district_leader'
  | 'pending_city'
  | 'pending_city_leader'
  | 'approved';

/** A state in which somebody other than the submitter has to act. */
export type ReviewState = Exclude<ReportState, 'draft' | 'approved'>;

/**
 * The kind of organisation a report belongs to. `district` is a district/county government reporting on its own
 * work; its 政务公开办 reviews the reports of the district's townships and departments.
 */
export type OrgType = 'city' | 'district' | 'township' | 'district_department' | 'city_department';

export type Role = 'submitter' | 'unit_leader' | 'reviewer' | 'leader' | 'admin';

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'withdraw' | 'reopen';

/**
 * Where the org a role is held in sits relative to the report's org:
 * `own` — the report's org itself; `district` — the district above it; `city` — the city at the root;
 * `none` — anywhere else in the tree (another branch, or below the report's org).
 */
export type OrgRelation = 'own' | 'district' | 'city' | 'none';

/** A review level whose 分管领导 may have to sign off after the reviewer. */
export type SignOffLevel = 'district' | 'city';

/** One role a user holds, already placed relative to the report being acted on. */
export interface RoleGrant {
  role: Role;
  relation: OrgRelation;
}

/** A user as the workflow sees them: every role they hold, each placed relative to the report. */
export interface WorkflowActor {
  grants: readonly RoleGrant[];
}

/** Per-level switch for the 分管领导 sign-off after the reviewer (both on in the demo). */
export interface WorkflowConfig {
  leaderSignOff: Record<SignOffLevel, boolean>;
}

/** What the caller's validation found; submit is refused unless both are zero. */
export interface ValidationSummary {
  hardViolations: number;
  unexplainedSoftViolations: number;
}

/** Facts only the caller knows, needed by some guards. */
export interface TransitionContext {
  /** Required by return and reopen. */
  comment?: string;
  /** Required by submit: the server re-validates the report and passes the result here. */
  validation?: ValidationSummary;
  /** For a district government's own report: whether every report of its district is approved. */
  isDistrictComplete?: boolean;
}

export interface WorkflowReport {
  state: ReportState;
  orgType: OrgType;
  /**
   * A past report imported as published (history import): a record of what the agency published, so nobody may
   * submit, approve, return, withdraw or reopen it.
   */
  isImportedHistory?: boolean;
}

export type GuardId = 'comment_required' | 'validation_passed' | 'district_complete';

export type WorkflowErrorCode =
  | 'INVALID_INPUT'
  | 'NO_ROUTE'
  | 'WRONG_STATE'
  | 'NOT_ALLOWED'
  | 'COMMENT_REQUIRED'
  | 'VALIDATION_MISSING'
  | 'HARD_VIOLATIONS'
  | 'UNEXPLAINED_SOFT'
  | 'DISTRICT_INCOMPLETE'
  | 'IMPORTED_HISTORY';

/** What happened, ready to be stored in the report's history and the audit log. */
export interface WorkflowEvent {
  action: WorkflowAction;
  from: ReportState;
  to: ReportState;
  /** The grant that allowed the action (a user may hold several). */
  actingAs: RoleGrant;
  /** Trimmed comment, when one was given. */
  comment?: string;
}

export type TransitionResult =
  | { ok: true; nextState: ReportState; event: WorkflowEvent }
  | { ok: false; code: WorkflowErrorCode; message: string };

export interface TransitionRequest {
  report: WorkflowReport;
  actor: WorkflowActor;
  action: WorkflowAction;
  context?: TransitionContext;
  config?: WorkflowConfig;
}

export interface AvailableActionsRequest {
  report: WorkflowReport;
  actor: WorkflowActor;
  config?: WorkflowConfig;
}
