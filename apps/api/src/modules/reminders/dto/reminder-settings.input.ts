import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class ReminderSettingsInput {
  @ApiProperty({ description: '截止前几天提醒填报人（另有截止当日和逾期提醒）' })
  @IsInt()
  @Min(1)
  @Max(60)
  daysBefore: number;

  @ApiProperty({ description: '退回后几天仍未重新提交时提醒' })
  @IsInt()
  @Min(1)
  @Max(60)
  returnedDays: number;
}

export class ReminderSettingsOutput {
  @ApiProperty()
  daysBefore: number;

  @ApiProperty()
  returnedDays: number;
}
