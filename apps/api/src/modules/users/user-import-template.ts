import { createTableTemplate } from '@nianbao/excel';
import { WORKFLOW } from '@nianbao/workflow';
import type { Role } from '@nianbao/workflow';

export const USER_IMPORT_HEADER = ['用户名', '姓名', '单位', '角色', '初始密码'] as const;

/** Roles by the Chinese name an import file uses. */
export const ROLE_BY_LABEL: ReadonlyMap<string, Role> = new Map(
  (Object.entries(WORKFLOW.roles) as [Role, { label: string }][]).map(([role, { label }]) => [label, role]),
);

/** The blank user list an administrator fills in: the columns `UserImportService` reads. */
export function userImportTemplate(exampleOrg: string): Promise<Uint8Array> {
  const roles = [...ROLE_BY_LABEL.keys()];
  return createTableTemplate({
    sheetName: '用户',
    columns: [
      { header: USER_IMPORT_HEADER[0], width: 24 },
      { header: USER_IMPORT_HEADER[1], width: 14 },
      { header: USER_IMPORT_HEADER[2], width: 36 },
      { header: USER_IMPORT_HEADER[3], width: 24 },
      { header: USER_IMPORT_HEADER[4], width: 18 },
    ],
    examples: [['zhangsan', '张三', exampleOrg, `${roles[0]}、${roles[1]}`, 'Chushi-mima-2025']],
    instructions: [
      '在“用户”工作表中每行填一个账号，第 1 行为表头，请勿修改；示例见本页下方。',
      '用户名：2–64 位字母、数字、下划线、点或连字符，登录时使用，不能与已有账号重复。',
      '单位：须与机构树中的单位名称完全一致，且在您管理的范围内。',
      `角色：${roles.join('、')}；一人多个角色时用“、”分隔。`,
      '初始密码：至少 8 位；账号首次登录时须修改。',
      '同一单位下已有的用户名会跳过，因此同一文件重复导入不会重复新建。',
      '文件有任何一行有误时整份不导入，并逐行列出问题。也可上传 UTF-8 编码的 CSV。',
    ],
  });
}
