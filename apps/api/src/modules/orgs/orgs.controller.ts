import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { sendDownload, XLSX_MIME } from '../../common/send-download';
import { CreateOrgInput } from './dto/create-org.input';
import { DeleteOrgQuery } from './dto/delete-org.input';
import { OrgImportOutput, OrgOutput, OrgTreeNodeOutput } from './dto/org.output';
import { UpdateOrgInput } from './dto/update-org.input';
import { ORG_TYPE_BY_LABEL } from './org-hierarchy';
import { OrgsService, toOutput } from './orgs.service';
import { ListUpload } from './list-upload.decorator';
import { readUploadedRows } from './uploaded-rows';

@ApiTags('orgs')
@ApiBearerAuth()
@Controller('orgs')
export class OrgsController {
  constructor(private readonly orgsService: OrgsService) {}

  @Get()
  @ApiOkResponse({ type: OrgOutput, isArray: true, description: '可见的全部单位，上级在前' })
  async list(@CurrentUser() user: AuthUser): Promise<OrgOutput[]> {
    return (await this.orgsService.listVisible(user)).map(toOutput);
  }

  @Get('tree')
  @ApiOkResponse({ type: OrgTreeNodeOutput, isArray: true })
  tree(@CurrentUser() user: AuthUser): Promise<OrgTreeNodeOutput[]> {
    return this.orgsService.tree(user);
  }

  // Declared before `:id`, which would otherwise take the file name for an id.
  @Get('import-template.xlsx')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '机构导入模板（.xlsx）：名称, 类型, 上级单位' })
  async importTemplate(@CurrentUser() user: AuthUser, @Res() response: Response): Promise<void> {
    const { fileName, content } = await this.orgsService.importTemplate(user);
    sendDownload(response, fileName, content);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrgOutput })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<OrgOutput> {
    return toOutput(await this.orgsService.findVisible(user, id));
  }

  @Post()
  @ApiOkResponse({ type: OrgOutput })
  async create(@CurrentUser() user: AuthUser, @Body() input: CreateOrgInput): Promise<OrgOutput> {
    return toOutput(await this.orgsService.create(user, input));
  }

  @Put(':id')
  @ApiOkResponse({ type: OrgOutput })
  async rename(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: UpdateOrgInput,
  ): Promise<OrgOutput> {
    return toOutput(await this.orgsService.rename(user, id, input));
  }

  @Delete(':id')
  @HttpCode(204)
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: DeleteOrgQuery,
  ): Promise<void> {
    return this.orgsService.remove(user, id, query.version);
  }

  @Post('import')
  @ListUpload(
    '.xlsx 工作簿（第一个工作表）或 UTF-8 编码的 CSV，列：名称, 类型（区/县、乡镇/街道、区级部门、市级部门）, 上级单位（空则为本级）',
  )
  @ApiOkResponse({ type: OrgImportOutput })
  async import(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<OrgImportOutput> {
    const rows = await readUploadedRows(file);
    return this.orgsService.importRows(user, rows, (label) => ORG_TYPE_BY_LABEL.get(label));
  }
}
