import { Controller, Get, Post, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { sendDownload, XLSX_MIME } from '../../../common/send-download';
import { ListUpload } from '../../orgs/list-upload.decorator';
import { readUploadedRows } from '../../orgs/uploaded-rows';
import { UserImportOutput } from '../../users/dto/user-import.output';
import { BINDING_IMPORT_HEADER } from './binding-import-template';
import { BindingImportService } from './binding-import.service';

@ApiTags('work-app')
@ApiBearerAuth()
@Controller('work-app/bindings')
export class BindingImportController {
  constructor(private readonly bindingImport: BindingImportService) {}

  @Get('import-template.xlsx')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({
    description: `企业微信/政务微信账号绑定模板（.xlsx）：${BINDING_IMPORT_HEADER.join(', ')}`,
  })
  async importTemplate(@CurrentUser() user: AuthUser, @Res() response: Response): Promise<void> {
    sendDownload(response, '企业微信账号绑定模板.xlsx', await this.bindingImport.template(user));
  }

  @Post('import')
  @ListUpload(
    `.xlsx 工作簿（第一个工作表）或 UTF-8 编码的 CSV，列：${BINDING_IMPORT_HEADER.join(', ')}。有任何一行有误时整份不导入`,
  )
  @ApiOkResponse({
    type: UserImportOutput,
    description: 'created：新绑定的账号数；skipped：已按相同方式绑定而跳过的行数',
  })
  async import(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UserImportOutput> {
    return this.bindingImport.importRows(user, await readUploadedRows(file));
  }
}
