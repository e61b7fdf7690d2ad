import { Alert, Button, Empty, Input, Tag, Typography } from 'antd';
import { ItemList, ItemListEntry } from '../../components/item-list';
import type { FormatId } from '@nianbao/rules';
import { findingKey } from '@nianbao/rules';
import type { ReportCheck } from './report-state';
import { cellName } from './report-state';

interface ProblemPanelProps {
  formatId: FormatId;
  check: ReportCheck;
  explanations: Record<string, string>;
  isReadOnly: boolean;
  onExplain: (key: string, text: string) => void;
  onLocate: (code: string) => void;
}

const SEVERITY_TAG = {
  HARD: <Tag color="error">错误</Tag>,
  SOFT: <Tag color="warning">提醒</Tag>,
  INFO: <Tag>提示</Tag>,
};

/** Every finding of the live check: errors block submission, reminders need a written explanation. */
export function ProblemPanel({
  formatId,
  check,
  explanations,
  isReadOnly,
  onExplain,
  onLocate,
}: ProblemPanelProps) {
  const invalid = [...check.invalidCells].map(([code, message]) => ({ code, message }));
  const hardCount =
    invalid.length + check.violations.filter((violation) => violation.severity === 'HARD').length;
  const softCount = check.violations.filter((violation) => violation.severity === 'SOFT').length;
  const items = [
    ...invalid.map((item) => ({ key: `invalid:${item.code}`, severity: 'HARD' as const, ...item })),
    ...check.violations.map((violation) => ({
      key: findingKey(violation),
      ...violation,
      code: violation.cells[0],
    })),
  ];
  return (
    <aside className="report-editor__panel" aria-label="校验结果" data-testid="problem-panel">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        校验结果
      </Typography.Title>
      {hardCount === 0 && softCount === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题，表内勾稽关系全部通过" />
      ) : (
        <Alert
          type={hardCount ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 8 }}
          title={`${hardCount} 个错误，${softCount} 个提醒${hardCount ? '：错误需改正后才能提交' : ''}`}
        />
      )}
      {items.length > 0 && (
        <ItemList>
          {items.map((item) => (
            <ItemListEntry key={item.key}>
              <div>
                {SEVERITY_TAG[item.severity]}
                {item.key.startsWith('invalid:') && <span>{cellName(formatId, item.code)}：</span>}
                {item.message}
              </div>
              {item.code && (
                <Button size="small" type="link" style={{ padding: 0 }} onClick={() => onLocate(item.code)}>
                  定位到单元格
                </Button>
              )}
              {item.severity === 'SOFT' && (
                <Input.TextArea
                  aria-label="情况说明"
                  placeholder="请说明原因（提醒类问题填写说明后可以提交）"
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  readOnly={isReadOnly}
                  value={explanations[item.key] ?? ''}
                  onChange={(event) => onExplain(item.key, event.target.value)}
                />
              )}
            </ItemListEntry>
          ))}
        </ItemList>
      )}
    </aside>
  );
}
