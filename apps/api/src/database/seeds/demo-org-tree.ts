import type { OrgType, Role } from '@nianbao/workflow';

export interface DemoOrg {
  name: string;
  type: OrgType;
  children?: DemoOrg[];
}

function district(prefix: string): DemoOrg {
  return {
    name: `${prefix}区`,
    type: 'district',
    children: [
      { name: `${prefix}城街道`, type: 'township' },
      { name: `${prefix}湖镇`, type: 'township' },
      { name: `${prefix}山乡`, type: 'township' },
      { name: `${prefix}区教育局`, type: 'district_department' },
      { name: `${prefix}区卫生健康局`, type: 'district_department' },
      { name: `${prefix}区财政局`, type: 'district_department' },
    ],
  };
}

/** 示范市 with two districts (three 乡镇/街道 and three 区级部门 each) and two 市级部门. */
export const DEMO_ORG_TREE: DemoOrg = {
  name: '示范市',
  type: 'city',
  children: [
    district('东'),
    district('西'),
    { name: '示范市发展和改革委员会', type: 'city_department' },
    { name: '示范市公安局', type: 'city_department' },
  ],
};

export const DEMO_PASSWORD = 'nianbao-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  orgName: string;
  roles: Role[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', orgName: '示范市', roles: ['admin'] },
  { username: 'submitter', displayName: '东城街道填报员', orgName: '东城街道', roles: ['submitter'] },
  { username: 'unit_leader', displayName: '东城街道负责人', orgName: '东城街道', roles: ['unit_leader'] },
  {
    username: 'district_reviewer',
    displayName: '东区政务公开办审核员',
    orgName: '东区',
    roles: ['reviewer'],
  },
  { username: 'district_leader', displayName: '东区分管领导', orgName: '东区', roles: ['leader'] },
  { username: 'city_reviewer', displayName: '市政务公开办审核员', orgName: '示范市', roles: ['reviewer'] },
  { username: 'city_leader', displayName: '市分管领导', orgName: '示范市', roles: ['leader'] },
];
