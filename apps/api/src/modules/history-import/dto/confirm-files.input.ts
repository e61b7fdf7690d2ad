import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt } from 'class-validator';

export class ConfirmFilesInput {
  @ApiProperty({ type: [Number], description: '要导入的文件；每个文件都须有单位和年度' })
  @IsArray({ message: '请列出要导入的文件' })
  @ArrayMinSize(1, { message: '请至少选择一个文件' })
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsInt({ each: true })
  fileIds: number[];
}
