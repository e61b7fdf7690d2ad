import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { AuditService } from './audit.service';
import { AuditEntryOutput } from './dto/audit-entry.output';
import { AuditQuery } from './dto/audit-query.input';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly auditService: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditEntryOutput, isArray: true })
  async list(@CurrentUser() user: AuthUser, @Query() query: AuditQuery): Promise<AuditEntryOutput[]> {
    const entries = await this.auditService.list(user, query);
    return entries.map(({ orgPath: _orgPath, ...entry }) => entry);
  }
}
