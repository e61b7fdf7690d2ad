import { join } from 'node:path';
import {
  ORG_RELATIONS,
  ORG_TYPES,
  ROLES,
  WORKFLOW,
  availableActions,
  routeFor,
  stateLabel,
  transition,
  type OrgType,
  type ReportState,
  type RoleGrant,
  type TransitionDefinition,
  type WorkflowAction,
  type WorkflowConfig,
} from '../src';

// Everything below is derived from WORKFLOW and the functions that interpret it, so the document cannot drift
// from the behaviour the API, the admin app and the mini-program share.

export const WORKFLOW_DOC_PATH = join(__dirname, '../../../docs/workflow.md');

type Level = keyof WorkflowConfig['leaderSignOff'];

const LEVELS = Object.keys(WORKFLOW.defaultConfig.leaderSignOff) as Level[];
const ROUTED_ORG_TYPES = ORG_TYPES.filter((orgType) => routeFor(orgType) !== null);

const ALL_CONFIGS: WorkflowConfig[] = LEVELS.reduce<WorkflowConfig[]>(
  (configs, level) =>
    configs.flatMap((config) =>
      [true, false].map((isOn) => ({ leaderSignOff: { ...config.leaderSignOff, [level]: isOn } })),
    ),
  [{ leaderSignOff: { ...WORKFLOW.defaultConfig.leaderSignOff } }],
);

const EVERY_GRANT: RoleGrant[] = ROLES.flatMap((role) =>
  ORG_RELATIONS.map((relation) => ({ role, relation })),
);

const grantLabel = (grant: RoleGrant) =>
  `${WORKFLOW.roles[grant.role].label}（${WORKFLOW.relations[grant.relation].label}）`;
const actionName = (action: WorkflowAction) => `${WORKFLOW.actions[action].label} \`${action}\``;
const stateName = (state: ReportState) => `${stateLabel(state)} \`${state}\``;

function statesOf(orgType: OrgType, config: WorkflowConfig): ReportState[] {
  return ['draft', ...(routeFor(orgType, config) ?? []).map((step) => step.state), 'approved'];
}

interface Edge {
  from: ReportState;
  to: ReportState;
  action: WorkflowAction;
  configs: WorkflowConfig[];
}

/** Every move the transition function allows for some org type, configuration and actor. */
function collectEdges(): Edge[] {
  const edges = new Map<string, Edge>();
  const permissive = {
    comment: '意见',
    validation: { hardViolations: 0, unexplainedSoftViolations: 0 },
    isDistrictComplete: true,
  };
  for (const config of ALL_CONFIGS) {
    for (const orgType of ROUTED_ORG_TYPES) {
      for (const from of statesOf(orgType, config)) {
        for (const { action } of WORKFLOW.transitions) {
          const result = transition({
            report: { state: from, orgType },
            actor: { grants: EVERY_GRANT },
            action,
            context: permissive,
            config,
          });
          if (!result.ok) continue;
          const key = `${from}|${result.nextState}|${action}`;
          const edge = edges.get(key) ?? { from, to: result.nextState, action, configs: [] };
          edge.configs.push(config);
          edges.set(key, edge);
        }
      }
    }
  }
  const actionOrder = (action: WorkflowAction) => WORKFLOW.transitions.findIndex((t) => t.action === action);
  const stateOrder = (state: ReportState) => WORKFLOW.states.findIndex((candidate) => candidate.id === state);
  return [...edges.values()].sort(
    (a, b) =>
      stateOrder(a.from) - stateOrder(b.from) ||
      actionOrder(a.action) - actionOrder(b.action) ||
      stateOrder(a.to) - stateOrder(b.to),
  );
}

/** "（区分管领导审批关闭时）" for an edge that exists only while a level's sign-off is off. */
function edgeCondition(edge: Edge): string {
  const offLevels = LEVELS.filter((level) => edge.configs.every((config) => !config.leaderSignOff[level]));
  if (offLevels.length === 0) return '';
  const names = offLevels.map((level) => (level === 'district' ? '区' : '市'));
  return `（${names.join('、')}分管领导审批关闭时）`;
}

function renderDiagram(): string[] {
  const lines = ['```mermaid', 'stateDiagram-v2'];
  for (const state of WORKFLOW.states) lines.push(`  state "${state.label}" as ${state.id}`);
  lines.push('  [*] --> draft');
  for (const edge of collectEdges()) {
    lines.push(`  ${edge.from} --> ${edge.to}: ${WORKFLOW.actions[edge.action].label}${edgeCondition(edge)}`);
  }
  lines.push('  approved --> [*]', '```');
  return lines;
}

const SOURCE_TEXT: Record<TransitionDefinition['from'], string> = {
  draft: stateName('draft'),
  any_step: 'any review step of the route',
  first_step: 'the first review step (nobody after the submitter has acted yet)',
  approved: stateName('approved'),
};

const TARGET_TEXT: Record<TransitionDefinition['to'], string> = {
  next_step: 'the next step of the route, or 已通过 after the last',
  draft: `${stateName('draft')} (back to the submitter)`,
};

function firerText(definition: TransitionDefinition): string {
  switch (definition.by.kind) {
    case 'grants':
      return definition.by.grants.map(grantLabel).join('、');
    case 'step_owner':
      return 'the owner of the current step';
    case 'route_step_owners':
      return `every ${definition.by.roles.map((role) => WORKFLOW.roles[role].label).join('、')} on the route`;
  }
}

function renderTransitions(): string[] {
  return [
    '| Action | From | To | Who | Guards |',
    '|---|---|---|---|---|',
    ...WORKFLOW.transitions.map((definition: TransitionDefinition) => {
      const guards = definition.guards
        .map((guard) => `${WORKFLOW.guards[guard].label} \`${guard}\``)
        .join('；');
      return `| ${actionName(definition.action)} | ${SOURCE_TEXT[definition.from]} | ${TARGET_TEXT[definition.to]} | ${firerText(definition)} | ${guards || '—'} |`;
    }),
  ];
}

function renderSteps(): string[] {
  return [
    '| Step | Owner | On the route |',
    '|---|---|---|',
    ...Object.entries(WORKFLOW.steps).map(([state, step]) => {
      const level = 'signOffLevel' in step ? step.signOffLevel : undefined;
      const when = level
        ? `only when \`leaderSignOff.${level}\` is on`
        : 'always, when the org type passes it';
      return `| ${stateName(state as ReportState)} | ${grantLabel(step.owner)} | ${when} |`;
    }),
  ];
}

function renderRoutes(): string[] {
  const routeText = (orgType: OrgType, config: WorkflowConfig) =>
    [...(routeFor(orgType, config) ?? []).map((step) => step.label), stateLabel('approved')].join(' → ');
  const allOff: WorkflowConfig = { leaderSignOff: { district: false, city: false } };
  return [
    '| Org type | Route, every sign-off on (demo) | Route, every sign-off off | Extra guards on approve |',
    '|---|---|---|---|',
    ...ORG_TYPES.map((orgType) => {
      const name = `${WORKFLOW.orgTypes[orgType].label} \`${orgType}\``;
      const steps = routeFor(orgType);
      if (!steps) return `| ${name} | no approval route | no approval route | — |`;
      const guards = steps
        .filter((step) => (step.approveGuards ?? []).length > 0)
        .map(
          (step) =>
            `${step.label}: ${(step.approveGuards ?? []).map((guard) => WORKFLOW.guards[guard].label).join('、')}`,
        );
      return `| ${name} | ${routeText(orgType, WORKFLOW.defaultConfig)} | ${routeText(orgType, allOff)} | ${guards.join('；') || '—'} |`;
    }),
  ];
}

/** For each org type and state: which role, at which position, may take which action (demo configuration). */
function renderPermissions(): string[] {
  const lines: string[] = [];
  for (const orgType of ROUTED_ORG_TYPES) {
    lines.push(
      '',
      `### ${WORKFLOW.orgTypes[orgType].label} \`${orgType}\``,
      '',
      '| State | Who may do what |',
      '|---|---|',
    );
    for (const state of statesOf(orgType, WORKFLOW.defaultConfig)) {
      const allowed = EVERY_GRANT.flatMap((grant) => {
        const actions = availableActions({ report: { state, orgType }, actor: { grants: [grant] } });
        return actions.length
          ? [`${grantLabel(grant)}: ${actions.map((a) => WORKFLOW.actions[a].label).join('、')}`]
          : [];
      });
      lines.push(`| ${stateName(state)} | ${allowed.join('<br>') || '—'} |`);
    }
  }
  return lines;
}

/** docs/workflow.md as Markdown, before Prettier lays out its tables. */
export function renderWorkflowMarkdown(): string {
  return [
    '# Report approval workflow',
    '',
    '<!-- Generated by `pnpm --filter @nianbao/workflow docs` from packages/workflow/src/definition.ts. Do not edit. -->',
    '',
    'The state machine every report follows. It is defined as data in `@nianbao/workflow` (`WORKFLOW`), and the',
    'API, the admin app and the mini-program all ask the same `availableActions` / `transition` functions.',
    'A returned, withdrawn or reopened report is back in 草稿; lists show 已退回 / 已撤回 / 已重新打开 from its',
    'last action (`statusLabel`). 分管领导 sign-off is switched per level (`leaderSignOff`); the demo has both on.',
    "Positions are relative to the report's org: 本单位 is the org itself, 上级区/县 the district above it, 市 the city.",
    '',
    '## State diagram',
    '',
    'All org types and sign-off settings together; the routes below say which edges each org type uses.',
    '',
    ...renderDiagram(),
    '',
    '## Transitions',
    '',
    ...renderTransitions(),
    '',
    '## Review steps',
    '',
    ...renderSteps(),
    '',
    '## Routes',
    '',
    ...renderRoutes(),
    '',
    '## Who may fire what',
    '',
    'With the demo configuration; guards on what is supplied at the time (comment, validation, district',
    'completeness) are checked when the action is taken. Any role not listed — including 系统管理员 and every',
    'role held in another branch of the org tree — may take no action.',
    ...renderPermissions(),
    '',
  ].join('\n');
}
