import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { statusLabel, transition, WORKFLOW } from '@nianbao/workflow';
import type { GuardId, TransitionContext, WorkflowAction, WorkflowEvent } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import { updateWhere } from '../../database/entity-row-writer';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { Report } from './entities/report.entity';
import type { ReportInContext } from './report-access.service';
import { ReportAccessService } from './report-access.service';
import { ReportValidationService } from './report-validation.service';
import { ReportException } from './reports.exception';
import { ReportTransitionHub } from './report-transition.hub';

export interface TransitionInput {
  version: number;
  comment?: string;
}

/** What the server must find out before the workflow can judge each guard. */
type FactFinder = (subject: ReportInContext) => Promise<Partial<TransitionContext>>;

/**
 * Carries out workflow actions. The workflow package decides (who, from which state, to which state, which guards);
 * this service supplies the facts its guards need, and stores the outcome with a conditional UPDATE on the state and
 * version it judged, so concurrent clicks produce exactly one transition.
 */
@Injectable()
export class ReportWorkflowService {
  private readonly factFinders: Record<GuardId, FactFinder> = {
    comment_required: async () => ({}),
    validation_passed: async (subject) => ({ validation: (await this.validation.validate(subject)).summary }),
    district_complete: async (subject) => ({ isDistrictComplete: await this.isDistrictComplete(subject) }),
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly validation: ReportValidationService,
    private readonly audit: AuditService,
    private readonly transitions: ReportTransitionHub,
  ) {}

  async act(
    user: AuthUser,
    id: number,
    action: WorkflowAction,
    input: TransitionInput,
  ): Promise<ReportInContext> {
    const subject = await this.access.findVisible(user, id);
    const { report, org, campaign } = subject;
    // A transition on an older version is a repeated click or somebody else's action, not a lost edit.
    if (report.version !== input.version) throw ReportException.alreadyHandled(statusLabel(report));

    const context: TransitionContext = { comment: input.comment };
    for (const guard of guardsOf(action, report.state, org.type))
      Object.assign(context, await this.factFinders[guard](subject));
    const result = transition({
      report: { state: report.state, orgType: org.type, isImportedHistory: campaign.isImportedHistory },
      actor: this.access.actorFor(user, report),
      action,
      context,
      config: this.access.workflowConfig,
    });
    if (!result.ok) throw ReportException.fromWorkflow(result.code, result.message);

    const now = new Date();
    const changes: Partial<Report> = {
      state: result.nextState,
      lastAction: action,
      lastComment: result.event.comment ?? null,
      updatedAt: now,
      ...(action === 'submit' && report.submittedAt === null
        ? { submittedAt: now, isOverdue: now.getTime() > campaign.deadline.getTime() }
        : {}),
      approvedAt: result.nextState === 'approved' ? now : null,
    };
    await this.dataSource.transaction(async (manager) => {
      const updated = await updateWhere(
        manager,
        Report,
        changes,
        { id, state: report.state, version: report.version },
        'version',
      );
      if (!updated) throw ReportException.alreadyHandled();
      await this.audit.record(
        {
          actor: user,
          action: `report.${action}`,
          entityType: 'report',
          entityId: id,
          orgPath: report.orgPath,
          detail: eventDetail(result.event),
        },
        manager,
      );
    });
    await this.transitions.notify({
      reportId: id,
      action,
      from: report.state,
      to: result.nextState,
      actorId: user.id,
    });
    return { ...subject, report: { ...report, ...changes, version: report.version + 1 } };
  }

  /** A district government's own report waits until every other report of its district in the campaign is approved. */
  private async isDistrictComplete({ report }: ReportInContext): Promise<boolean> {
    const pending = await this.dataSource
      .getRepository(Report)
      .createQueryBuilder('report')
      .where('report.campaignId = :campaignId', { campaignId: report.campaignId })
      .andWhere('report.orgPath LIKE :prefix', { prefix: `${report.orgPath}%` })
      .andWhere('report.id <> :id', { id: report.id })
      .andWhere('report.state <> :approved', { approved: 'approved' })
      .getCount();
    return pending === 0;
  }
}

/** The guards the workflow definition attaches to this action, including the approving step's own. */
function guardsOf(
  action: WorkflowAction,
  state: Report['state'],
  orgType: keyof typeof WORKFLOW.routes,
): GuardId[] {
  const definition = WORKFLOW.transitions.find((candidate) => candidate.action === action);
  const route = WORKFLOW.routes[orgType];
  const step = route?.steps.find((candidate) => candidate.state === state);
  const stepGuards: readonly GuardId[] =
    action === 'approve' && step && 'approveGuards' in step ? (step.approveGuards ?? []) : [];
  return [...(definition?.guards ?? []), ...stepGuards];
}

function eventDetail(event: WorkflowEvent): Record<string, unknown> {
  return {
    from: event.from,
    to: event.to,
    actingAs: event.actingAs,
    ...(event.comment ? { comment: event.comment } : {}),
  };
}
