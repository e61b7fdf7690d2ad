import { Input, Tag, Typography } from 'antd';
import { ItemList, ItemListEntry } from '../../components/item-list';
import type { NarrativeFinding } from './narrative-check';

const SEVERITY_TAGS = {
  HARD: { color: 'error', label: '错误' },
  SOFT: { color: 'warning', label: '需说明' },
  INFO: { color: 'default', label: '提示' },
} as const;

interface NarrativeFindingsProps {
  findings: readonly NarrativeFinding[];
  explanations: Record<string, string>;
  isReadOnly: boolean;
  onExplain: (key: string, text: string) => void;
}

/** Every finding of the live narrative check; like the table's, a 需说明 finding needs a written 说明 to submit. */
export function NarrativeFindings({ findings, explanations, isReadOnly, onExplain }: NarrativeFindingsProps) {
  if (!findings.length) {
    return (
      <Typography.Paragraph type="success" data-testid="narrative-findings-none">
        正文中的数字与统计表一致。
      </Typography.Paragraph>
    );
  }
  return (
    <ItemList
      bordered
      style={{ marginBottom: 12 }}
      header={<strong>正文检查：{findings.length} 处需要注意</strong>}
    >
      {findings.map((finding) => (
        <ItemListEntry key={finding.key} data-testid="narrative-finding">
          <Tag color={SEVERITY_TAGS[finding.severity].color}>{SEVERITY_TAGS[finding.severity].label}</Tag>
          {finding.message}
          {finding.severity === 'SOFT' && (
            <Input.TextArea
              aria-label={`说明：${finding.message}`}
              style={{ marginTop: 4 }}
              autoSize={{ minRows: 1 }}
              readOnly={isReadOnly}
              placeholder="如确实如此，请说明原因（提交前必填）"
              value={explanations[finding.key] ?? ''}
              onChange={(event) => onExplain(finding.key, event.target.value)}
            />
          )}
        </ItemListEntry>
      ))}
    </ItemList>
  );
}
