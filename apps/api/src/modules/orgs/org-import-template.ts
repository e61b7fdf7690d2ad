import { createTableTemplate } from '@nianbao/excel';

export const ORG_IMPORT_HEADER = ['名称', '类型', '上级单位'] as const;

/** The blank org list an administrator fills in: the columns `importRows` reads, with the type as a drop-down. */
export function orgImportTemplate(rootName: string): Promise<Uint8Array> {
  return createTableTemplate({
    sheetName: '单位',
    columns: [
      { header: ORG_IMPORT_HEADER[0], width: 36 },
      { header: ORG_IMPORT_HEADER[1], width: 14, choices: ['区/县', '乡镇/街道', '区级部门', '市级部门'] },
      { header: ORG_IMPORT_HEADER[2], width: 36 },
    ],
    examples: [
      ['南区', '区/县', ''],
      ['南城街道', '乡镇/街道', '南区'],
      ['南区教育局', '区级部门', '南区'],
    ],
    instructions: [
      '在“单位”工作表中每行填一个单位，第 1 行为表头，请勿修改；示例见本页下方。',
      `上级单位留空表示直接设在“${rootName}”之下；上级单位须已存在，或写在本表靠前的行中。`,
      '类型：区/县、市级部门设在市之下；乡镇/街道、区级部门设在区/县之下。',
      '已存在的单位（同一上级下同名）会跳过，因此同一文件重复导入不会重复新建。',
      '文件有任何一行有误时整份不导入，并逐行列出问题。也可上传 UTF-8 编码的 CSV。',
    ],
  });
}
