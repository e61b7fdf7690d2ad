import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Input, Modal, Space, Steps, Tabs, Tag, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import type { FormatId, ReportData, ReportValues } from '@nianbao/rules';
import { isFormatId } from '@nianbao/rules';
import { actionLabel } from '@nianbao/workflow';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { QueryState } from '../../components/query-state';
import { changedCells } from '../../features/report-comparison/report-baselines';
import { useReportBaselines } from '../../features/report-comparison/use-report-baselines';
import type { ReportCheck } from '../../features/report-editor/report-state';
import { ReportEditor } from '../../features/report-editor/report-editor';
import type { Narrative } from '../../features/narrative-editor/narrative-model';
import { NarrativeTab } from '../../features/narrative-editor/narrative-tab';
import { DocumentDownloads } from '../../features/publication/document-downloads';
import { PublicationPanel } from '../../features/publication/publication-panel';
import type { ComparisonKey } from './comparison-bar';
import { ComparisonBar } from './comparison-bar';
import type { ImportProblem } from '../../features/workbook-import/import-report-file';
import { HistoryDrawer } from './history-drawer';
import { SaveStatusText } from './save-status-text';
import { useAutosave } from './use-autosave';
import { WorkbookBar } from './workbook-bar';

type Report = ApiSchemas['ReportOutput'];
type Comment = ApiSchemas['CellCommentOutput'];
type Action = Report['availableActions'][number];

const ACTION_PATHS = {
  submit: '/api/reports/{id}/submit',
  approve: '/api/reports/{id}/approve',
  return: '/api/reports/{id}/return',
  withdraw: '/api/reports/{id}/withdraw',
  reopen: '/api/reports/{id}/reopen',
} as const satisfies Record<Action, string>;

/** Actions that need a written reason. */
const NEEDS_COMMENT: ReadonlySet<Action> = new Set(['return', 'reopen']);

const formatValue = (value: number | null | undefined) =>
  value === null || value === undefined ? '未填' : value;

interface WorkspaceProps {
  report: Report & { formatId: FormatId };
  comments: Comment[];
  importProblems: ImportProblem[];
  onImported: (problems: ImportProblem[]) => void;
  onReload: () => void;
}

function ReportWorkspace({ report, comments, importProblems, onImported, onReload }: WorkspaceProps) {
  // A link from the analytics pages (or a colleague) names the cell a figure comes from: the editor opens on it.
  const linkedCell = useSearchParams()[0].get('cell') ?? undefined;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const autosave = useAutosave(report.id, report.version);
  const lastCheck = useRef<ReportCheck | null>(null);
  const focusedCell = useRef<string | undefined>(undefined);
  const [commentFor, setCommentFor] = useState<{ action?: Action; cellCode?: string } | null>(null);
  const [commentText, setCommentText] = useState('');
  const [isActing, setIsActing] = useState(false);
  const baselines = useReportBaselines(report);
  const [chosenComparison, setChosenComparison] = useState<ComparisonKey>();
  const [liveValues, setLiveValues] = useState<ReportValues>(report.values);
  const [narrative, setNarrative] = useState<Narrative>(report.narrative);
  // The table editor keeps the table's explanations, the narrative tab those of the narrative findings.
  const [narrativeExplanations, setNarrativeExplanations] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(report.explanations).filter(([key]) => key.startsWith('NARRATIVE-'))),
  );
  const narrativeExplanationsRef = useRef(narrativeExplanations);
  const draft = useRef({
    values: report.values,
    explanations: report.explanations,
    narrative: report.narrative,
  });
  const scheduleSave = (change: Partial<typeof draft.current>) => {
    draft.current = { ...draft.current, ...change };
    autosave.schedule({
      ...draft.current,
      explanations: { ...draft.current.explanations, ...narrativeExplanationsRef.current },
    });
  };
  const liveReport = useMemo<ReportData>(
    () => ({
      formatId: report.formatId,
      reportYear: report.reportYear,
      agency: report.orgName,
      values: liveValues,
    }),
    [report.formatId, report.reportYear, report.orgName, liveValues],
  );
  // Reviewers first see what changed since they last saw the report; submitters see the plain table.
  const comparison =
    chosenComparison ??
    (!report.canEdit && baselines.data?.previousSubmission ? 'previousSubmission' : 'none');
  const baseline = comparison === 'none' ? null : (baselines.data?.[comparison] ?? null);
  const changed = useMemo(
    () => (baseline ? changedCells(liveValues, baseline.values) : undefined),
    [baseline, liveValues],
  );
  const cellInfo = useCallback(
    (code: string) => {
      const { previousSubmission, lastYear } = baselines.data ?? {};
      if (!previousSubmission && !lastYear) return null;
      return (
        <div data-testid="cell-baselines" style={{ color: '#595959' }}>
          {previousSubmission && (
            <span style={{ marginRight: 16 }}>上次提交：{formatValue(previousSubmission.values[code])}</span>
          )}
          {lastYear && <span>上年：{formatValue(lastYear.values[code])}</span>}
        </div>
      );
    },
    [baselines.data],
  );

  const act = async (action: Action, comment?: string) => {
    const hardCount = lastCheck.current
      ? lastCheck.current.invalidCells.size +
        lastCheck.current.violations.filter((v) => v.severity === 'HARD').length
      : 0;
    if (action === 'submit' && hardCount > 0) {
      message.error(`还有 ${hardCount} 个错误，改正后才能提交`);
      return;
    }
    setIsActing(true);
    try {
      if (report.canEdit && !(await autosave.saveNow())) return;
      await unwrap(
        api.POST(ACTION_PATHS[action], {
          params: { path: { id: report.id } },
          body: { version: autosave.currentVersion(), comment },
        }),
      );
      message.success(`已${actionLabel(action)}`);
      onReload();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setIsActing(false);
    }
  };

  const sendComment = async () => {
    const body = commentText.trim();
    if (!commentFor || !body) return;
    try {
      if (commentFor.cellCode) {
        await unwrap(
          api.POST('/api/reports/{id}/comments', {
            params: { path: { id: report.id } },
            body: { cellCode: commentFor.cellCode, body },
          }),
        );
      }
      setCommentFor(null);
      setCommentText('');
      if (commentFor.action) await act(commentFor.action, body);
      else {
        message.success('批注已添加');
        onReload();
      }
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const currentStep = report.route.findIndex((step) => step.state === report.state);
  return (
    <>
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {report.orgName} · {report.reportYear} 年度报告
        </Typography.Title>
        <Tag color={report.state === 'approved' ? 'success' : 'processing'} data-testid="report-status">
          {report.statusLabel}
        </Tag>
        {report.isOverdue && <Tag color="warning">逾期</Tag>}
        {report.canEdit && <SaveStatusText status={autosave.status} />}
      </Space>
      <Steps
        size="small"
        style={{ marginBottom: 12, maxWidth: 900 }}
        current={report.state === 'approved' ? report.route.length : Math.max(currentStep, 0)}
        items={report.route.map((step) => ({ title: step.label }))}
      />
      {report.lastComment && report.state === 'draft' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`退回意见：${report.lastComment}`}
        />
      )}
      {autosave.status.kind === 'conflict' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={autosave.status.message}
          description="为避免覆盖他人的修改，本页的改动没有保存。请载入最新版本后再修改。"
          action={<Button onClick={onReload}>载入最新版本</Button>}
        />
      )}
      <Space style={{ marginBottom: 12 }} wrap>
        {report.availableActions.map((action) => (
          <Button
            key={action}
            type={action === 'submit' || action === 'approve' ? 'primary' : 'default'}
            danger={action === 'return'}
            loading={isActing}
            onClick={() =>
              NEEDS_COMMENT.has(action)
                ? setCommentFor({ action, cellCode: action === 'return' ? focusedCell.current : undefined })
                : void act(action)
            }
          >
            {actionLabel(action)}
          </Button>
        ))}
        {!report.canEdit && (
          <Button
            onClick={() =>
              focusedCell.current
                ? setCommentFor({ cellCode: focusedCell.current })
                : message.info('请先点击要批注的单元格')
            }
          >
            批注当前单元格
          </Button>
        )}
        <WorkbookBar
          report={report}
          saveNow={autosave.saveNow}
          onImported={(problems) => {
            onImported(problems);
            onReload();
          }}
        />
        <DocumentDownloads report={report} saveNow={autosave.saveNow} />
        <HistoryDrawer
          reportId={report.id}
          canRestore={report.canEdit}
          prepareRestore={async () => ((await autosave.saveNow()) ? autosave.currentVersion() : null)}
          onRestored={onReload}
        />
        <Button type="link" onClick={() => navigate(-1)}>
          返回列表
        </Button>
      </Space>
      {baselines.error ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`无法载入上次提交和上年数据：${errorMessage(baselines.error)}`}
        />
      ) : (
        <ComparisonBar
          baselines={baselines.data}
          value={comparison}
          changedCount={changed?.size ?? 0}
          onChange={setChosenComparison}
        />
      )}
      {report.state === 'approved' && <PublicationPanel reportId={report.id} />}
      <Tabs
        items={[
          {
            key: 'tables',
            label: '统计表',
            children: (
              <ReportEditor
                report={{ formatId: report.formatId, reportYear: report.reportYear, agency: report.orgName }}
                previous={baselines.data?.lastYear?.report}
                changedCells={changed}
                cellInfo={cellInfo}
                importProblems={importProblems}
                initialValues={report.values}
                initialExplanations={report.explanations}
                initialFocusCell={linkedCell}
                isReadOnly={!report.canEdit}
                comments={comments}
                onFocusCell={(code) => (focusedCell.current = code)}
                onCheck={(check) => {
                  lastCheck.current = check;
                }}
                onChange={({ values, explanations }) => {
                  setLiveValues(values);
                  scheduleSave({ values, explanations });
                }}
              />
            ),
          },
          {
            key: 'narrative',
            label: '正文',
            children: (
              <NarrativeTab
                reportId={report.id}
                report={liveReport}
                narrative={narrative}
                explanations={narrativeExplanations}
                isReadOnly={!report.canEdit}
                onChange={(next) => {
                  setNarrative(next);
                  scheduleSave({ narrative: next });
                }}
                onExplain={(key, text) => {
                  const next = { ...narrativeExplanationsRef.current, [key]: text };
                  narrativeExplanationsRef.current = next;
                  setNarrativeExplanations(next);
                  scheduleSave({});
                }}
              />
            ),
          },
        ]}
      />
      <Modal
        open={commentFor !== null}
        title={commentFor?.action ? `${actionLabel(commentFor.action)}：请填写意见` : '批注单元格'}
        okText={commentFor?.action ? actionLabel(commentFor.action) : '添加批注'}
        cancelText="取消"
        okButtonProps={{ disabled: !commentText.trim(), danger: commentFor?.action === 'return' }}
        onOk={() => void sendComment()}
        onCancel={() => setCommentFor(null)}
        destroyOnHidden
      >
        {commentFor?.action && commentFor.cellCode && (
          <Typography.Paragraph type="secondary">
            意见将同时批注在当前单元格上（可在表格中先点选有问题的单元格）。
          </Typography.Paragraph>
        )}
        <Input.TextArea
          aria-label="意见"
          autoFocus
          rows={4}
          maxLength={500}
          value={commentText}
          placeholder="意见为必填"
          onChange={(event) => setCommentText(event.target.value)}
        />
      </Modal>
    </>
  );
}

export default function ReportPage() {
  const id = Number(useParams().reportId);
  const [loadCount, setLoadCount] = useState(0);
  // Kept here: the import makes a new version, which mounts a fresh workspace.
  const [importProblems, setImportProblems] = useState<ImportProblem[]>([]);
  const report = useApiQuery(
    () => unwrap(api.GET('/api/reports/{id}', { params: { path: { id } } })),
    [id, loadCount],
  );
  const comments = useApiQuery(
    () => unwrap(api.GET('/api/reports/{id}/comments', { params: { path: { id } } })),
    [id, loadCount],
  );
  return (
    <QueryState query={report}>
      {(data) =>
        isFormatId(data.formatId) ? (
          <ReportWorkspace
            // A new version starts a fresh editor; while a reload is under way the current one stays.
            key={`${data.id}:${data.version}`}
            report={{ ...data, formatId: data.formatId }}
            comments={comments.data ?? []}
            importProblems={importProblems}
            onImported={setImportProblems}
            onReload={() => setLoadCount((count) => count + 1)}
          />
        ) : (
          <Alert type="error" title={`无法识别的报表格式“${data.formatId}”，请联系管理员`} />
        )
      }
    </QueryState>
  );
}
