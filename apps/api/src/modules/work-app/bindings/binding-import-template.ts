import { createTableTemplate } from '@nianbao/excel';

export const BINDING_IMPORT_HEADER = ['用户名', '企业微信/政务微信账号'] as const;

/** The list an administrator fills from the work app's 通讯录 export: our username, their 账号 (UserID). */
export function bindingImportTemplate(exampleUsername: string): Promise<Uint8Array> {
  return createTableTemplate({
    sheetName: '账号绑定',
    columns: [
      { header: BINDING_IMPORT_HEADER[0], width: 24 },
      { header: BINDING_IMPORT_HEADER[1], width: 32 },
    ],
    examples: [[exampleUsername, 'ZhangSan']],
    instructions: [
      '在“账号绑定”工作表中每行填一个人，第 1 行为表头，请勿修改；示例见本页下方。',
      '用户名：本平台的登录用户名，须在您管理的范围内。',
      '企业微信/政务微信账号：管理后台“通讯录”中成员的“账号”（UserID），可从通讯录导出文件中复制；不是姓名或手机号。',
      '一个企业微信/政务微信账号只能绑定一个用户；已按相同方式绑定的行会跳过，因此同一文件重复导入不会重复绑定。',
      '文件有任何一行有误时整份不导入，并逐行列出问题。也可上传 UTF-8 编码的 CSV。',
    ],
  });
}
