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
}
