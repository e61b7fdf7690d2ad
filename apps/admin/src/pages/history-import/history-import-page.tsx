import { useEffect, useState } from 'react';
import { Alert, Card, Empty, Select, Space, Typography } from 'antd';
import { mayImportHistory } from '@nianbao/workflow';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { useCurrentUser } from '../../auth/auth-context';
import { QueryState } from '../../components/query-state';
import { HistoryUpload } from '../../features/history-import/history-upload';
import { ReviewTable } from '../../features/history-import/review-table';

function ImportReview({ importId }: { importId: number }) {
  const upload = useApiQuery(
    () => unwrap(api.GET('/api/history-imports/{id}', { params: { path: { id: importId } } })),
    [importId],
  );
  const tree = useApiQuery(() => unwrap(api.GET('/api/orgs/tree')), []);
  return (
    <QueryState query={upload}>
      {(data) => (
        <QueryState query={tree}>
          {(orgTree) => <ReviewTable upload={data} orgTree={orgTree} onChanged={upload.reload} />}
        </QueryState>
      )}
    </QueryState>
  );
}

/** 历史年报导入: the 政务公开办 brings the reports its agencies already published into the platform, year by year. */
export default function HistoryImportPage() {
  const user = useCurrentUser();
  const imports = useApiQuery(() => unwrap(api.GET('/api/history-imports')), []);
  const [selected, setSelected] = useState<number>();
  useEffect(() => {
    if (selected === undefined && imports.data?.length) setSelected(imports.data[0].id);
  }, [imports.data, selected]);

  if (!mayImportHistory(user))
    return (
      <Alert type="info" showIcon title="只有区（县）或市的政务公开办审核员和管理员可以导入历史年报。" />
    );
  return (
    <>
      <Typography.Title level={4}>历史年报导入</Typography.Title>
      <Typography.Paragraph type="secondary">
        上传各单位网站上已经公开的历年年报，系统逐个读取表格、识别单位和年度，并按名称对应到本辖区的单位。
        已匹配的可以直接导入；存疑和未匹配的请选择单位、核对年度后确认。导入的年报按年度存为“历史导入”，只读，原始文件随报告保存。
      </Typography.Paragraph>
      <HistoryUpload
        onRead={(importId) => {
          setSelected(importId);
          imports.reload();
        }}
      />
      <Card size="small" title="核对与导入" style={{ marginTop: 16 }}>
        <QueryState query={imports}>
          {(list) =>
            list.length === 0 ? (
              <Empty description="还没有上传过历史年报" />
            ) : (
              <>
                <Space style={{ marginBottom: 12 }}>
                  <Typography.Text>上传批次</Typography.Text>
                  <Select<number>
                    aria-label="上传批次"
                    style={{ width: 420 }}
                    value={selected}
                    onChange={setSelected}
                    options={list.map((item) => ({
                      value: item.id,
                      label: `${new Date(item.createdAt).toLocaleString('zh-CN')} · ${item.orgName} · ${item.fileCount} 个文件，已导入 ${item.storedCount}，待确认 ${item.waitingCount}`,
                    }))}
                  />
                </Space>
                {selected !== undefined && <ImportReview key={selected} importId={selected} />}
              </>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
