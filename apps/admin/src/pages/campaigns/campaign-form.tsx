import { useState } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, TreeSelect } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import type { FormatId } from '@nianbao/rules';
import { FORMAT_IDS, formatForYear, getFormat } from '@nianbao/rules';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];

interface CampaignFormValues {
  reportYear: number;
  name: string;
  formatId: FormatId;
  deadline: Dayjs;
  scope: 'all' | 'chosen';
  orgIds?: number[];
  daysBefore: number;
  returnedDays: number;
}

interface TreeOption {
  value: number;
  title: string;
  children: TreeOption[];
}

const toTreeOptions = (nodes: OrgNode[]): TreeOption[] =>
  nodes.map((node) => ({ value: node.id, title: node.name, children: toTreeOptions(node.children ?? []) }));

const defaultName = (year: number) => `${year} 年度政府信息公开工作年度报告`;
/** Annual reports are due early in the following year; the office adjusts the date as it needs. */
const defaultDeadline = (year: number) => dayjs(`${year + 1}-01-31`);

/** A new campaign: the report year (its format follows), the deadline and who must report. */
export function CampaignForm({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CampaignFormValues>();
  const [isSaving, setIsSaving] = useState(false);
  const scope = Form.useWatch('scope', form);
  const tree = useApiQuery(() => unwrap(api.GET('/api/orgs/tree')), []);
  const year = dayjs().year() - 1;

  const create = async (values: CampaignFormValues) => {
    setIsSaving(true);
    try {
      const campaign = await unwrap(
        api.POST('/api/campaigns', {
          body: {
            name: values.name.trim(),
            reportYear: values.reportYear,
            formatId: values.formatId,
            // The deadline is the end of the chosen day.
            deadline: values.deadline.endOf('day').toISOString(),
            orgIds: values.scope === 'chosen' ? values.orgIds : undefined,
          },
        }),
      );
      try {
        await unwrap(
          api.PUT('/api/campaigns/{id}/reminder-settings', {
            params: { path: { id: campaign.id } },
            body: { daysBefore: values.daysBefore, returnedDays: values.returnedDays },
          }),
        );
      } catch (error) {
        message.warning(`年报批次已创建，但提醒设置未保存：${errorMessage(error)}`);
        onCreated();
        return;
      }
      message.success('年报批次已创建，各单位的填报任务已生成');
      onCreated();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      open
      title="新建年报批次"
      okText="创建"
      cancelText="取消"
      confirmLoading={isSaving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={560}
      destroyOnHidden
    >
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        onFinish={create}
        initialValues={{
          reportYear: year,
          name: defaultName(year),
          formatId: formatForYear(year),
          deadline: defaultDeadline(year),
          scope: 'all',
          daysBefore: 3,
          returnedDays: 2,
        }}
        onValuesChange={(changed: Partial<CampaignFormValues>) => {
          if (changed.reportYear) {
            form.setFieldsValue({
              name: defaultName(changed.reportYear),
              formatId: formatForYear(changed.reportYear),
              deadline: defaultDeadline(changed.reportYear),
            });
          }
        }}
      >
        <Form.Item name="reportYear" label="报告年度" rules={[{ required: true, message: '请填写报告年度' }]}>
          <InputNumber min={2008} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="formatId" label="表格格式" rules={[{ required: true, message: '请选择表格格式' }]}>
          <Select
            options={FORMAT_IDS.map((id) => ({
              value: id,
              label: `${getFormat(id).name}（${getFormat(id).authority}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="deadline" label="截止日期" rules={[{ required: true, message: '请选择截止日期' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="催报提醒（截止当日和逾期另有提醒）" style={{ marginBottom: 0 }}>
          <Space wrap>
            <Form.Item name="daysBefore" rules={[{ required: true, message: '请填写天数' }]}>
              <InputNumber
                aria-label="截止前几天提醒"
                min={1}
                max={60}
                precision={0}
                prefix="截止前"
                suffix="天"
                style={{ width: 170 }}
              />
            </Form.Item>
            <Form.Item name="returnedDays" rules={[{ required: true, message: '请填写天数' }]}>
              <InputNumber
                aria-label="退回后几天未重报时提醒"
                min={1}
                max={60}
                precision={0}
                prefix="退回后"
                suffix="天未重报"
                style={{ width: 210 }}
              />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="scope" label="填报范围">
          <Radio.Group
            options={[
              { value: 'all', label: '本单位下属全部单位' },
              { value: 'chosen', label: '选定的单位' },
            ]}
          />
        </Form.Item>
        {scope === 'chosen' && (
          <Form.Item
            name="orgIds"
            label="须填报的单位"
            rules={[{ required: true, message: '请至少选择一个单位' }]}
          >
            <TreeSelect
              aria-label="须填报的单位"
              treeData={tree.data ? toTreeOptions(tree.data) : []}
              loading={tree.isLoading}
              treeCheckable
              showCheckedStrategy={TreeSelect.SHOW_ALL}
              treeDefaultExpandAll
              placeholder={tree.error ? errorMessage(tree.error) : '选择单位（可多选）'}
              maxTagCount={8}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
