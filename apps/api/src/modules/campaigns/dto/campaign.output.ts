import { ApiProperty } from '@nestjs/swagger';

export class CampaignOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty()
  reportYear: number;

  @ApiProperty()
  formatId: string;

  @ApiProperty()
  deadline: Date;

  @ApiProperty()
  ownerOrgId: number;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  version: number;

  @ApiProperty({ description: '导入的历史年报（已公开发布，只读）' })
  isImportedHistory: boolean;
}
