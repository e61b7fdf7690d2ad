import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { sendDownload, XLSX_MIME } from '../../common/send-download';
import { ListUpload } from '../orgs/list-upload.decorator';
import { readUploadedRows } from '../orgs/uploaded-rows';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UserImportOutput } from './dto/user-import.output';
import { UserOutput } from './dto/user.output';
import { UserImportService } from './user-import.service';
import { USER_IMPORT_HEADER } from './user-import-template';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly usersService: UsersService,
    private readonly userImport: UserImportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserOutput, isArray: true })
  list(@CurrentUser() user: AuthUser): Promise<UserOutput[]> {
    return this.usersService.list(user);
  }

  // Declared before `:id`, which would otherwise take the file name for an id.
  @Get('import-template.xlsx')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: `用户导入模板（.xlsx）：${USER_IMPORT_HEADER.join(', ')}` })
  async importTemplate(@CurrentUser() user: AuthUser, @Res() response: Response): Promise<void> {
    sendDownload(response, '用户导入模板.xlsx', await this.userImport.template(user));
  }

  @Post('import')
  @ListUpload(
    `.xlsx 工作簿（第一个工作表）或 UTF-8 编码的 CSV，列：${USER_IMPORT_HEADER.join(', ')}；多个角色用“、”分隔。有任何一行有误时整份不导入`,
  )
  @ApiOkResponse({ type: UserImportOutput })
  async import(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UserImportOutput> {
    return this.userImport.importRows(user, await readUploadedRows(file));
  }

  @Get(':id')
  @ApiOkResponse({ type: UserOutput })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<UserOutput> {
    return this.usersService.get(user, id);
  }

  @Post()
  @ApiOkResponse({ type: UserOutput })
  create(@CurrentUser() user: AuthUser, @Body() input: CreateUserInput): Promise<UserOutput> {
    return this.usersService.create(user, input);
  }

  @Put(':id')
  @ApiOkResponse({ type: UserOutput })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: UpdateUserInput,
  ): Promise<UserOutput> {
    return this.usersService.update(user, id, input);
  }
}
