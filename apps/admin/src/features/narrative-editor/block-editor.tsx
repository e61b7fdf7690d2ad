import { useRef } from 'react';
import { Button, Input, Select, Space, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { bindNumber, resolveRuns } from '@nianbao/rules';
import type { LiveContext } from '@nianbao/rules';
import { FindingHighlight } from './finding-highlight';
import { LiveNumberPicker } from './live-number-picker';
import { LiveParagraph } from './live-paragraph';
import { editedRuns, insertedNumber, paragraphOf, runsOf } from './live-runs';
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
  /** This year's values (and last year's, for 同比) that live numbers print. */
  context: LiveContext;
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
  context,
  onChange,
  onMove,
  onRemove,
}: BlockEditorProps) {
  const kind = kindOf(block);
  const isParagraph = kind === 'paragraph';
  const runs = runsOf(block);
  const text = isParagraph ? resolveRuns(runs, context).text : blockText(block);
  const mismatches = findingsInText(findings, text);
  const cursor = useRef(text.length);
  const rememberCursor = (event: { currentTarget: HTMLTextAreaElement }) => {
    cursor.current = event.currentTarget.selectionStart;
  };
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
            {isParagraph && (
              <LiveNumberPicker
                formatId={context.report.formatId}
                hasLastYear={!!context.previous}
                label={label}
                onPick={(number) =>
                  onChange(paragraphOf(insertedNumber(runs, context, cursor.current, number), context))
                }
              />
            )}
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
        onSelect={rememberCursor}
        onChange={(event) => {
          rememberCursor(event);
          onChange(
            isParagraph
              ? paragraphOf(editedRuns(runs, context, event.target.value), context)
              : makeBlock(kind, event.target.value),
          );
        }}
      />
      {isParagraph ? (
        <LiveParagraph
          runs={runs}
          context={context}
          isReadOnly={isReadOnly}
          onReplace={(mismatch) =>
            onChange(paragraphOf(bindNumber(runs, mismatch, mismatch.replacement!, context), context))
          }
        />
      ) : (
        mismatches.map((finding) => <FindingHighlight key={finding.key} finding={finding} />)
      )}
    </div>
  );
}
