import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, ValidateIf } from 'class-validator';

/** The reviewer's decision on one file: the org and year to store it as, or skip it. */
export class ReviewFileInput {
  @ApiProperty({ type: Number, nullable: true, description: '导入到的单位；跳过时可为空' })
  @ValidateIf((input: ReviewFileInput) => input.orgId !== null)
  @IsInt({ message: '单位须为单位编号' })
  orgId: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '导入为的年度；跳过时可为空' })
  @ValidateIf((input: ReviewFileInput) => input.reportYear !== null)
  @IsInt({ message: '年度须为整数' })
  reportYear: number | null;

  @ApiProperty({ description: '跳过这个文件（不导入）' })
  @IsBoolean({ message: '是否跳过须为 true 或 false' })
  isSkipped: boolean;
}
