import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Input, Modal, Space, Typography } from 'antd';
import type { DraftParagraph, LiveContext } from '@nianbao/rules';
import { resolveLiveNumber } from '@nianbao/rules';
import type { PastedParagraph } from './last-year-text';
import { readPastedText, runsOf } from './last-year-text';
import type { Narrative } from './narrative-model';

interface PastedTextImportProps {
  narrative: Narrative;
  context: LiveContext;
  onInsert: (paragraphs: DraftParagraph[]) => void;
}

/** A paragraph with last year's numbers marked, and what each will print this year. */
function OfferedText({ paragraph, context }: { paragraph: PastedParagraph; context: LiveContext }) {
  const parts: React.ReactNode[] = [];
  let position = 0;
  for (const offer of paragraph.offers) {
    parts.push(paragraph.text.slice(position, offer.start));
    const now = resolveLiveNumber(offer.number, context).text;
    parts.push(
      <mark
        key={offer.start}
        className="pasted-offer"
        title={`上年统计表中的数字，将改为引用本年数据：${now}`}
      >
        {offer.stated} → {now}
      </mark>,
    );
    position = offer.end;
  }
  parts.push(paragraph.text.slice(position));
  return <>{parts}</>;
}

/**
 * 导入上年正文: the clerk pastes last year's report from Word; its paragraphs go to the sections their headings name,
 * and the numbers that equal last year's cells become live numbers of this year's tables, if the clerk agrees.
 */
export function PastedTextImport({ narrative, context, onInsert }: PastedTextImportProps) {
  const [isOpen, setOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const [bindNumbers, setBindNumbers] = useState(true);
  const lastYear = context.previous ?? null;
  const paragraphs = useMemo(
    () => readPastedText(pasted, narrative, lastYear, context.report.formatId),
    [pasted, narrative, lastYear, context.report.formatId],
  );
  const offerCount = paragraphs.reduce((sum, paragraph) => sum + paragraph.offers.length, 0);
  const close = () => {
    setOpen(false);
    setPasted('');
  };
  const insert = () => {
    onInsert(
      paragraphs.map((paragraph) => ({
        sectionId: paragraph.sectionId,
        subsectionId: paragraph.subsectionId,
        topic: '',
        runs: runsOf(paragraph, bindNumbers),
      })),
    );
    close();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>导入上年正文</Button>
      <Modal
        title="导入上年正文（从 Word 复制粘贴）"
        open={isOpen}
        width={760}
        onCancel={close}
        okText={`插入 ${paragraphs.length} 段`}
        okButtonProps={{ disabled: paragraphs.length === 0 }}
        onOk={insert}
      >
        <Typography.Paragraph type="secondary">
          在 Word
          中打开上年的年度报告，全选复制后粘贴到下面。各段按“一、”“（一）”等标题放到对应部分的末尾，不改动已写的文字。
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="上年正文"
          rows={8}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        {pasted && (
          <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
            {lastYear ? (
              <Checkbox checked={bindNumbers} onChange={(event) => setBindNumbers(event.target.checked)}>
                把与上年统计表一致的 {offerCount} 个数字改为引用本年统计表（标黄处）
              </Checkbox>
            ) : (
              <Alert type="info" showIcon message="没有上年已通过的统计表，数字按原文插入，请逐一核对。" />
            )}
            <div className="pasted-preview" data-testid="pasted-preview">
              {paragraphs.map((paragraph, index) => (
                <p key={index}>
                  {bindNumbers ? <OfferedText paragraph={paragraph} context={context} /> : paragraph.text}
                </p>
              ))}
            </div>
          </Space>
        )}
      </Modal>
    </>
  );
}
