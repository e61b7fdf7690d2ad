import type {
  GuardId,
  OrgRelation,
  OrgType,
  ReportState,
  ReviewState,
  Role,
  RoleGrant,
  SignOffLevel,
  WorkflowAction,
  WorkflowConfig,
} from './types';

/** The review states, each owned by one role at one position above (or at) the report's org. */
export interface StepDefinition {
  owner: RoleGrant;
  /** Set on a 分管领导 step: it is on the route only when that level's sign-off is switched on. */
  signOffLevel?: SignOffLevel;
}

export interface RouteStep {
  state: ReviewState;
  /** Extra guards checked when this step approves. */
  approveGuards?: readonly GuardId[];
}

/** The review steps a report of one org type passes, in order, with every sign-off step included. */
export interface RouteDefinition {
  description: string;
  steps: readonly RouteStep[];
}

/** Which states an action starts from, named by their place on the route. */
export type TransitionSource =
  | 'draft' // the report is being filled in (never submitted, returned, withdrawn or reopened)
  | 'any_step' // any review step
  | 'first_step' // the first review step, i.e. nobody after the submitter has acted yet
  | 'approved';

export type TransitionTarget = 'next_step' | 'draft';

/** Who may fire a transition. */
export type TransitionFirer =
  | { kind: 'grants'; grants: readonly RoleGrant[] }
  /** Whoever owns the review step the report is in. */
  | { kind: 'step_owner' }
  /** The owners of this report's route steps held by one of these roles. */
  | { kind: 'route_step_owners'; roles: readonly Role[] };

export interface TransitionDefinition {
  action: WorkflowAction;
  from: TransitionSource;
  to: TransitionTarget;
  by: TransitionFirer;
  guards: readonly GuardId[];
}

const UNIT_TO_DISTRICT_TO_CITY: RouteDefinition = {
  description: '单位负责人审核 → 区审核（→ 区分管领导审批）→ 市审核（→ 市分管领导审批）→ 已通过',
  steps: [
    { state: 'pending_unit' },
    { state: 'pending_district' },
    { state: 'pending_district_leader' },
    { state: 'pending_city' },
    { state: 'pending_city_leader' },
  ],
};

export const WORKFLOW = {
  /** Every state, in route order. */
  states: [
    { id: 'draft', label: '草稿' },
    { id: 'pending_unit', label: '待单位审核' },
    { id: 'pending_district', label: '待区审核' },
    { id: 'pending_district_leader', label: '待区分管领导审批' },
    { id: 'pending_city', label: '待市审核' },
    { id: 'pending_city_leader', label: '待市分管领导审批' },
    { id: 'approved', label: '已通过' },
  ] as const satisfies readonly { id: ReportState; label: string }[],

  actions: {
    submit: { label: '提交' },
    approve: { label: '通过' },
    return: { label: '退回' },
    withdraw: { label: '撤回' },
    reopen: { label: '重新打开' },
  } as const satisfies Record<WorkflowAction, { label: string }>,

  roles: {
    submitter: { label: '填报员' },
    unit_leader: { label: '单位负责人' },
    reviewer: { label: '审核员' },
    leader: { label: '分管领导' },
    admin: { label: '系统管理员' },
  } as const satisfies Record<Role, { label: string }>,

  relations: {
    own: { label: '本单位' },
    district: { label: '上级区/县' },
    city: { label: '市' },
    none: { label: '无关单位' },
  } as const satisfies Record<OrgRelation, { label: string }>,

  // `label` names the level inside the workflow; `publicLabel` is how the public 年报专栏 names it.
  orgTypes: {
    city: { label: '市政府', publicLabel: '市人民政府' },
    district: { label: '区/县政府（本级报告）', publicLabel: '区县人民政府' },
    township: { label: '乡镇/街道', publicLabel: '乡镇（街道）' },
    district_department: { label: '区级部门', publicLabel: '区县部门' },
    city_department: { label: '市级部门', publicLabel: '市级部门' },
  } as const satisfies Record<OrgType, { label: string; publicLabel: string }>,

  guards: {
    comment_required: { label: '须填写意见' },
    validation_passed: { label: '无强制性错误，且每条提示性问题已说明' },
    district_complete: { label: '本区所有报告均已通过' },
  } as const satisfies Record<GuardId, { label: string }>,

  steps: {
    pending_unit: { owner: { role: 'unit_leader', relation: 'own' } },
    pending_district: { owner: { role: 'reviewer', relation: 'district' } },
    pending_district_leader: { owner: { role: 'leader', relation: 'district' }, signOffLevel: 'district' },
    pending_city: { owner: { role: 'reviewer', relation: 'city' } },
    pending_city_leader: { owner: { role: 'leader', relation: 'city' }, signOffLevel: 'city' },
  } as const satisfies Record<ReviewState, StepDefinition>,

  /** `null`: the org type has no approval route (the city is the top of the tree). */
  routes: {
    township: UNIT_TO_DISTRICT_TO_CITY,
    district_department: UNIT_TO_DISTRICT_TO_CITY,
    city_department: {
      description: '单位负责人审核 → 市审核（→ 市分管领导审批）→ 已通过',
      steps: [{ state: 'pending_unit' }, { state: 'pending_city' }, { state: 'pending_city_leader' }],
    },
    district: {
      description: '市审核（→ 市分管领导审批）→ 已通过；本区所有报告通过前不能通过',
      steps: [
        { state: 'pending_city', approveGuards: ['district_complete'] },
        { state: 'pending_city_leader', approveGuards: ['district_complete'] },
      ],
    },
    city: null,
  } as const satisfies Record<OrgType, RouteDefinition | null>,

  transitions: [
    {
      action: 'submit',
      from: 'draft',
      to: 'next_step',
      by: { kind: 'grants', grants: [{ role: 'submitter', relation: 'own' }] },
      guards: ['validation_passed'],
    },
    { action: 'approve', from: 'any_step', to: 'next_step', by: { kind: 'step_owner' }, guards: [] },
    {
      action: 'return',
      from: 'any_step',
      to: 'draft',
      by: { kind: 'step_owner' },
      guards: ['comment_required'],
    },
    {
      action: 'withdraw',
      from: 'first_step',
      to: 'draft',
      by: { kind: 'grants', grants: [{ role: 'submitter', relation: 'own' }] },
      guards: [],
    },
    {
      action: 'reopen',
      from: 'approved',
      to: 'draft',
      by: { kind: 'route_step_owners', roles: ['reviewer'] },
      guards: ['comment_required'],
    },
  ] as const satisfies readonly TransitionDefinition[],

  /** The demo switches every 分管领导 sign-off on. */
  defaultConfig: { leaderSignOff: { district: true, city: true } } as const satisfies WorkflowConfig,
};
