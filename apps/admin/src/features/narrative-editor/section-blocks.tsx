import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { BlockEditor } from './block-editor';
import type { LiveContext } from '@nianbao/rules';
import type { NarrativeFinding } from './narrative-check';
import type { NarrativeBlock, NarrativeSection } from './narrative-model';
import { blockText, moveItem, replaceItem } from './narrative-model';

interface SectionBlocksProps {
  section: NarrativeSection;
  /** The same section of last year's report, if it had text. */
  lastYear?: NarrativeSection;
  lastYearLabel: string;
  copied?: NarrativeFinding;
  findings: readonly NarrativeFinding[];
  context: LiveContext;
  isReadOnly: boolean;
  onChange: (blocks: NarrativeBlock[]) => void;
}

/** The blocks of one section or sub-topic, with last year's text beside them and the 内容雷同 warning. */
export function SectionBlocks({
  section,
  lastYear,
  lastYearLabel,
  copied,
  findings,
  context,
  isReadOnly,
  onChange,
}: SectionBlocksProps) {
  const [isShowingLastYear, setShowingLastYear] = useState(false);
  const { blocks } = section;
  return (
    <div className="narrative-section__body">
      {lastYear && (
        <Space size={4} className="narrative-section__tools">
          <Button size="small" type="link" onClick={() => setShowingLastYear((shown) => !shown)}>
            {isShowingLastYear ? '收起上年文本' : '查看上年文本'}
          </Button>
          {!isReadOnly && (
            <Button
              size="small"
              type="link"
              aria-label={`引用上年文本：${section.title}`}
              onClick={() => onChange([...blocks, ...lastYear.blocks])}
            >
              引用上年文本
            </Button>
          )}
        </Space>
      )}
      {isShowingLastYear && lastYear && (
        <div className="narrative-last-year" aria-label={`${lastYearLabel}：${section.title}`}>
          <div className="narrative-last-year__label">{lastYearLabel}</div>
          {lastYear.blocks.map((block, index) => (
            <p key={index}>{blockText(block)}</p>
          ))}
        </div>
      )}
      {copied && (
        <Alert
          type="warning"
          showIcon
          data-testid="narrative-copied"
          style={{ margin: '4px 0' }}
          title={copied.message}
        />
      )}
      {blocks.map((block, index) => (
        <BlockEditor
          key={index}
          block={block}
          label={`${section.title}第 ${index + 1} 段`}
          isFirst={index === 0}
          isLast={index === blocks.length - 1}
          isReadOnly={isReadOnly}
          findings={findings}
          context={context}
          onChange={(next) => onChange(replaceItem(blocks, index, next))}
          onMove={(offset) => onChange(moveItem(blocks, index, index + offset))}
          onRemove={() => onChange(blocks.filter((_, position) => position !== index))}
        />
      ))}
      {!isReadOnly && (
        <Button
          size="small"
          icon={<PlusOutlined />}
          aria-label={`添加段落：${section.title}`}
          onClick={() => onChange([...blocks, { type: 'paragraph', text: '' }])}
        >
          添加段落
        </Button>
      )}
    </div>
  );
}
