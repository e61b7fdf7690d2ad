import { ApiProperty } from '@nestjs/swagger';
import { FORMAT_IDS } from '@nianbao/rules';

const FILE_STATUSES = ['pending', 'read', 'failed', 'skipped', 'stored'];
const MATCH_LEVELS = ['matched', 'doubtful', 'unmatched'];

export class HistoryImportAcceptedOutput {
  @ApiProperty()
  id: number;

  @ApiProperty({ description: '读取文件的后台任务：GET /api/jobs/{id} 查看进度' })
  jobId: string;
}

export class HistoryImportFileOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  fileName: string;

  @ApiProperty()
  byteLength: number;

  @ApiProperty({
    enum: FILE_STATUSES,
    description: 'pending 待读取；read 待确认；failed 无法读取；skipped 已跳过；stored 已导入',
  })
  status: string;

  @ApiProperty({ type: String, nullable: true, description: '无法读取或未能导入的原因（中文）' })
  message: string | null;

  @ApiProperty({ enum: FORMAT_IDS, nullable: true })
  formatId: string | null;

  @ApiProperty({ type: String, nullable: true, description: '报告中写明的单位名称' })
  agency: string | null;

  @ApiProperty({ type: Number, nullable: true, description: '从报告（或文件名）识别的年度' })
  detectedYear: number | null;

  @ApiProperty({
    enum: MATCH_LEVELS,
    nullable: true,
    description: 'matched 已匹配；doubtful 存疑，须确认；unmatched 未匹配，须选择单位',
  })
  matchLevel: string | null;

  @ApiProperty({ description: '匹配可信度 0–100' })
  confidence: number;

  @ApiProperty({ type: String, nullable: true })
  matchReason: string | null;

  @ApiProperty({ type: Number, nullable: true })
  proposedOrgId: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '将导入到的单位' })
  orgId: number | null;

  @ApiProperty({ type: String, nullable: true })
  orgName: string | null;

  @ApiProperty({ type: Number, nullable: true, description: '将导入为的年度' })
  reportYear: number | null;

  @ApiProperty({ description: '已由审核员确认或修改单位、年度' })
  isReviewed: boolean;

  @ApiProperty({ description: '可以导入：有单位和年度，且已匹配或已确认' })
  isReady: boolean;

  @ApiProperty({ description: '读不出的单元格数（保留为空，不当作 0）' })
  unreadableCount: number;

  @ApiProperty({ description: '读出数值的单元格数' })
  valueCount: number;

  @ApiProperty({ type: Number, nullable: true, description: '导入后的报告' })
  reportId: number | null;
}

export class HistoryImportOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  orgId: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty({ type: String, nullable: true })
  jobId: string | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: Date, nullable: true, description: '全部文件读取完毕的时间' })
  readAt: Date | null;

  @ApiProperty({ type: [HistoryImportFileOutput] })
  files: HistoryImportFileOutput[];
}

export class HistoryImportListItemOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: Date, nullable: true })
  readAt: Date | null;

  @ApiProperty()
  fileCount: number;

  @ApiProperty()
  storedCount: number;

  @ApiProperty({ description: '待确认（已读取、未导入、未跳过）的文件数' })
  waitingCount: number;
}

export class StoredFileResultOutput {
  @ApiProperty()
  fileId: number;

  @ApiProperty()
  isStored: boolean;

  @ApiProperty({ description: '结果说明（中文）' })
  message: string;

  @ApiProperty({ type: Number, nullable: true })
  reportId: number | null;
}

export class ConfirmHistoryOutput {
  @ApiProperty({ type: [StoredFileResultOutput] })
  results: StoredFileResultOutput[];

  @ApiProperty({ type: HistoryImportOutput })
  import: HistoryImportOutput;
}
