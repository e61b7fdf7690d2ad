import { ApiProperty } from '@nestjs/swagger';
import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';

export class OrgOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: Object.keys(WORKFLOW.orgTypes) })
  type: OrgType;

  @ApiProperty({ nullable: true, type: Number })
  parentId: number | null;

  @ApiProperty({ description: '修改时须带上此版本号' })
  version: number;
}

export class OrgTreeNodeOutput extends OrgOutput {
  @ApiProperty({ type: () => [OrgTreeNodeOutput] })
  children: OrgTreeNodeOutput[];
}

export class OrgImportOutput {
  @ApiProperty({ description: '新建的单位数' })
  created: number;

  @ApiProperty({ description: '已存在而跳过的行数' })
  skipped: number;
}
