import { ApiProperty } from '@nestjs/swagger';
import { REPORT_STATES, WORKFLOW_ACTIONS } from '@nianbao/workflow';
import type { ReportState, WorkflowAction } from '@nianbao/workflow';
import { NarrativeDto } from './narrative.dto';

export class RouteStepOutput {
  @ApiProperty({ enum: REPORT_STATES })
  state: ReportState;

  @ApiProperty()
  label: string;
}

export class ReportListItemOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  campaignId: number;

  @ApiProperty()
  orgId: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty({ enum: REPORT_STATES })
  state: ReportState;

  @ApiProperty({ description: '列表显示的状态，如 已退回' })
  statusLabel: string;

  @ApiProperty({ enum: WORKFLOW_ACTIONS, nullable: true })
  lastAction: WorkflowAction | null;

  @ApiProperty({ nullable: true, type: String })
  lastComment: string | null;

  @ApiProperty({ description: '逾期：截止后才首次提交，或已过截止仍未提交' })
  isOverdue: boolean;

  @ApiProperty({ nullable: true, type: Date })
  submittedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  approvedAt: Date | null;

  @ApiProperty()
  version: number;

  @ApiProperty()
  updatedAt: Date;
}

export class ReportOutput extends ReportListItemOutput {
  @ApiProperty()
  formatId: string;

  @ApiProperty()
  reportYear: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } })
  values: Record<string, number | null>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  explanations: Record<string, string>;

  @ApiProperty({ type: NarrativeDto, description: '正文，按格式的各部分排列（未写时各部分为空）' })
  narrative: NarrativeDto;

  @ApiProperty({ enum: WORKFLOW_ACTIONS, isArray: true, description: '当前用户现在可以执行的操作' })
  availableActions: WorkflowAction[];

  @ApiProperty({ description: '当前用户现在可以修改内容' })
  canEdit: boolean;

  @ApiProperty({ type: [RouteStepOutput], description: '这份报告的审批路线' })
  route: RouteStepOutput[];
}
