import { applyDecorators, HttpCode, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { UploadThrottlerGuard } from '../../common/throttling/upload-throttler.guard';
import { MAX_IMPORT_BYTES } from './uploaded-rows';

/** A route that takes one list file (multipart field `file`, .xlsx or CSV) and answers 200 with what it did. */
export function ListUpload(description: string) {
  return applyDecorators(
    HttpCode(200),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description,
      schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
    }),
    UseGuards(UploadThrottlerGuard),
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES } })),
  );
}
