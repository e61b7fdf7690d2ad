import { useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { resolveRuns } from '@nianbao/rules';
import type { DraftParagraph, LiveContext } from '@nianbao/rules';

interface DraftProposalsProps {
  context: LiveContext;
  loadDraft: (variant: number) => Promise<DraftParagraph[]>;
  isReadOnly: boolean;
  onInsert: (paragraph: DraftParagraph) => void;
}

/**
 * 生成初稿: the standard paragraphs written from the tables, proposed beside the text. Nothing is replaced: the
 * clerk inserts the paragraphs they keep, which land at the end of their sub-topic with every number live.
 */
export function DraftProposals({ context, loadDraft, isReadOnly, onInsert }: DraftProposalsProps) {
  const [variant, setVariant] = useState(0);
  const [proposals, setProposals] = useState<DraftParagraph[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);
  const load = async (next: number) => {
    setLoading(true);
    setError(null);
    try {
      setProposals(await loadDraft(next));
      setVariant(next);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setLoading(false);
    }
  };
  if (isReadOnly) return null;
  return (
    <div className="draft-proposals">
      <Space>
        <Button loading={isLoading} onClick={() => load(proposals ? variant : 0)}>
          生成初稿
        </Button>
        {proposals && (
          <>
            <Button type="link" onClick={() => load(variant + 1)}>
              换一种说法
            </Button>
            <Button type="link" onClick={() => setProposals(null)}>
              收起
            </Button>
          </>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={`无法生成初稿：${error}`} style={{ marginTop: 8 }} />}
      {proposals && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 4px' }}>
          以下段落按统计表生成，数字均引用统计表；点“插入”加到对应小节末尾，不会改动已写的文字。
        </Typography.Paragraph>
      )}
      {proposals?.map((paragraph) => (
        <Card
          key={paragraph.topic}
          size="small"
          className="draft-proposal"
          data-testid="draft-proposal"
          title={paragraph.topic}
          extra={
            <Button
              size="small"
              type="primary"
              aria-label={`插入初稿：${paragraph.topic}`}
              onClick={() => onInsert(paragraph)}
            >
              插入
            </Button>
          }
        >
          {resolveRuns(paragraph.runs, context).text}
        </Card>
      ))}
    </div>
  );
}
