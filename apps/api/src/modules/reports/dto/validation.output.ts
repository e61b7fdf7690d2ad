import { ApiProperty } from '@nestjs/swagger';

export class ViolationOutput {
  @ApiProperty({ description: '说明按此键保存' })
  key: string;

  @ApiProperty()
  ruleId: string;

  @ApiProperty({ enum: ['HARD', 'SOFT', 'INFO'] })
  severity: 'HARD' | 'SOFT' | 'INFO';

  @ApiProperty()
  message: string;

  @ApiProperty({ type: [String] })
  cells: string[];

  @ApiProperty({ nullable: true, type: String })
  explanation: string | null;
}

export class ValidationOutput {
  @ApiProperty({ type: [ViolationOutput] })
  violations: ViolationOutput[];

  @ApiProperty()
  hardViolations: number;

  @ApiProperty()
  unexplainedSoftViolations: number;

  @ApiProperty({ description: '可以提交（无强制性错误，提示性问题都已说明）' })
  isSubmittable: boolean;
}
