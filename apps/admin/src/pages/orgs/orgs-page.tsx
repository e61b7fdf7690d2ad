import { Card, Col, Row, Table, Tag, Tree, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { WORKFLOW } from '@nianbao/workflow';
import type { DataNode } from 'antd/es/tree';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { QueryState } from '../../components/query-state';
import { ListImportControls } from '../../features/user-import/list-import-controls';
import { BindingCodeButton } from './binding-code-button';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];
type User = ApiSchemas['UserOutput'];

const toTreeData = (nodes: OrgNode[]): DataNode[] =>
  nodes.map((node) => ({ key: node.id, title: node.name, children: toTreeData(node.children ?? []) }));

const flatten = (nodes: OrgNode[]): OrgNode[] =>
  nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);

export default function OrgsPage() {
  const tree = useApiQuery(() => unwrap(api.GET('/api/orgs/tree')), []);
  const users = useApiQuery(() => unwrap(api.GET('/api/users')), []);
  const orgs = tree.data ? flatten(tree.data) : [];
  const orgNames = new Map(orgs.map((org) => [org.id, org.name]));
  return (
    <>
      <Typography.Title level={4}>机构与用户</Typography.Title>
      <Row gutter={16}>
        <Col span={8}>
          <Card
            size="small"
            title="机构树"
            extra={<ListImportControls kind="orgs" onImported={tree.reload} />}
          >
            <QueryState query={tree} emptyText="还没有机构，可下载模板填写后导入">
              {/* Remounted when orgs are added, so the new ones show expanded too. */}
              {(nodes) => <Tree key={orgs.length} treeData={toTreeData(nodes)} defaultExpandAll />}
            </QueryState>
          </Card>
        </Col>
        <Col span={16}>
          <Card
            size="small"
            title="用户"
            extra={<ListImportControls kind="users" onImported={users.reload} />}
          >
            <QueryState query={users}>
              {(list) => (
                <Table<User>
                  rowKey="id"
                  size="small"
                  dataSource={list}
                  locale={{ emptyText: '还没有用户' }}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  columns={[
                    { title: '用户名', dataIndex: 'username' },
                    { title: '姓名', dataIndex: 'displayName' },
                    { title: '单位', dataIndex: 'orgId', render: (id: number) => orgNames.get(id) ?? '—' },
                    {
                      title: '角色',
                      dataIndex: 'roles',
                      render: (roles: User['roles']) =>
                        roles.map((role) => <Tag key={role}>{WORKFLOW.roles[role].label}</Tag>),
                    },
                    {
                      title: '状态',
                      dataIndex: 'isActive',
                      width: 60,
                      render: (isActive: boolean) => (isActive ? '启用' : '停用'),
                    },
                    {
                      title: '小程序',
                      width: 110,
                      render: (_, user) =>
                        user.isActive && (
                          <BindingCodeButton userId={user.id} displayName={user.displayName} />
                        ),
                    },
                  ]}
                />
              )}
            </QueryState>
          </Card>
        </Col>
      </Row>
    </>
  );
}
