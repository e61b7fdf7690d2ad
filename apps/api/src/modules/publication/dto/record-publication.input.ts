import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUrl, Matches, MaxLength } from 'class-validator';

export class RecordPublicationInput {
  @ApiProperty({ example: '2026-01-20', description: '在政府网站发布的日期（YYYY-MM-DD）' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  publishedAt: string;

  @ApiProperty({ example: 'https://www.example.gov.cn/xxgk/ndbg/2025.html', description: '发布网址' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  url: string;
}
