import { Button, Input, Select, Space, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { FindingHighlight } from './finding-highlight';
import type { NarrativeFinding } from './narrative-check';
import { findingsInText } from './narrative-check';
import type { BlockKind, NarrativeBlock } from './narrative-model';
import { BLOCK_KIND_LABELS, blockText, kindOf, makeBlock } from './narrative-model';

const KIND_OPTIONS = Object.entries(BLOCK_KIND_LABELS).map(([value, label]) => ({ value, label }));

interface BlockEditorProps {
  block: NarrativeBlock;
  label: string;
  isFirst: boolean;
  isLast: boolean;
  isReadOnly: boolean;
  findings: readonly NarrativeFinding[];
  onChange: (block: NarrativeBlock) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One paragraph, heading or list: its kind, its text (a list item per line), and moving or removing it. */
export function BlockEditor({
  block,
  label,
  isFirst,
  isLast,
  isReadOnly,
  findings,
  onChange,
  onMove,
  onRemove,
}: BlockEditorProps) {
  const text = blockText(block);
  const kind = kindOf(block);
  const mismatches = findingsInText(findings, text);
  return (
    <div className={`narrative-block${mismatches.length ? ' narrative-block--mismatch' : ''}`}>
      <Space align="start" style={{ width: '100%' }} styles={{ item: { flex: 'none' } }}>
        <Select
          aria-label={`${label}的类型`}
          size="small"
          style={{ width: 96 }}
          value={kind}
          disabled={isReadOnly}
          options={KIND_OPTIONS}
          onChange={(next: BlockKind) => onChange(makeBlock(next, text))}
        />
        {!isReadOnly && (
          <Space size={2}>
            <Tooltip title="上移">
              <Button
                size="small"
                aria-label={`上移${label}`}
                icon={<ArrowUpOutlined />}
                disabled={isFirst}
                onClick={() => onMove(-1)}
              />
            </Tooltip>
            <Tooltip title="下移">
              <Button
                size="small"
                aria-label={`下移${label}`}
                icon={<ArrowDownOutlined />}
                disabled={isLast}
                onClick={() => onMove(1)}
              />
            </Tooltip>
            <Tooltip title="删除">
              <Button
                size="small"
                aria-label={`删除${label}`}
                danger
                icon={<DeleteOutlined />}
                onClick={onRemove}
              />
            </Tooltip>
          </Space>
        )}
      </Space>
      <Input.TextArea
        aria-label={label}
        className={kind === 'heading' ? 'narrative-block__heading' : undefined}
        autoSize={{ minRows: kind === 'heading' ? 1 : 2 }}
        readOnly={isReadOnly}
        value={text}
        placeholder={kind.endsWith('list') ? '每行一项' : undefined}
        onChange={(event) => onChange(makeBlock(kind, event.target.value))}
      />
      {mismatches.map((finding) => (
        <FindingHighlight key={finding.key} finding={finding} />
      ))}
    </div>
  );
}
