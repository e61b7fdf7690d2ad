import { api, ApiRequestError, unwrap } from '../../api/api';
import { saveFile, suggestedFileName } from '../downloads/save-file';

/** What an import file lists: the API reads the file (.xlsx or CSV) and checks every line. */
export type ListKind = 'users' | 'orgs' | 'work-app-bindings';

/** What the template file is called, per kind. */
const TEMPLATE_NAMES: Record<ListKind, string> = {
  users: '用户导入模板.xlsx',
  orgs: '机构导入模板.xlsx',
  'work-app-bindings': '企业微信账号绑定模板.xlsx',
};

export interface ListImportOutcome {
  created: number;
  skipped: number;
}

/** The API's limit on a list file; checked here too so a wrong pick is refused before it is sent. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Sends the file as it is; the API imports all of it or nothing, and lists each bad line in Chinese. */
export async function importList(kind: ListKind, file: File): Promise<ListImportOutcome> {
  if (file.size > MAX_FILE_BYTES)
    throw new ApiRequestError('文件超过 2 MB，请检查是否选错了文件', 413, undefined);
  const form = new FormData();
  form.append('file', file);
  const options = { body: {}, bodySerializer: () => form };
  if (kind === 'users') return unwrap(api.POST('/api/users/import', options));
  if (kind === 'orgs') return unwrap(api.POST('/api/orgs/import', options));
  return unwrap(api.POST('/api/work-app/bindings/import', options));
}

/** The blank .xlsx with the columns the import reads, an example line and how to fill it in. */
export async function downloadImportTemplate(kind: ListKind): Promise<void> {
  const result = await (kind === 'users'
    ? api.GET('/api/users/import-template.xlsx', { parseAs: 'blob' })
    : kind === 'orgs'
      ? api.GET('/api/orgs/import-template.xlsx', { parseAs: 'blob' })
      : api.GET('/api/work-app/bindings/import-template.xlsx', { parseAs: 'blob' }));
  const template = await unwrap(Promise.resolve(result));
  saveFile(template as Blob, suggestedFileName(result.response, TEMPLATE_NAMES[kind]));
}

const REFUSAL_PREFIX = '导入失败，未做任何修改：';

/** A refused import's message as one problem a line (the API joins them with “；”). */
export function importProblems(message: string): string[] {
  return message.startsWith(REFUSAL_PREFIX) ? message.slice(REFUSAL_PREFIX.length).split('；') : [message];
}
