import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

export class SendRemindersInput {
  @ApiPropertyOptional({
    description: '提醒该单位及其下级单位中未提交的报告；不填则提醒本人管辖范围内全部未完成的单位',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  orgId?: number;
}
