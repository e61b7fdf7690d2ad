import { Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../auth/decorators/public.decorator';
import { readRawBody } from './read-raw-body';
import type { CallbackQuery } from './work-app-callback.service';
import { WorkAppCallbackService } from './work-app-callback.service';

/**
 * The URL entered as 接收消息 in the work app's console. Public, because the work app signs its requests
 * instead of logging in; WorkAppCallbackService refuses any request whose signature is not the city's.
 * Not in the OpenAPI document: no client of ours calls it.
 */
@ApiExcludeController()
@Public()
@Controller('work-app/callback/:configId')
export class WorkAppCallbackController {
  constructor(private readonly callbacks: WorkAppCallbackService) {}

  @Get()
  @Header('content-type', 'text/plain; charset=utf-8')
  verify(@Param('configId', ParseIntPipe) configId: number, @Query() query: CallbackQuery): Promise<string> {
    return this.callbacks.verifyUrl(configId, query);
  }

  @Post()
  @HttpCode(200)
  @Header('content-type', 'application/xml; charset=utf-8')
  async receive(
    @Param('configId', ParseIntPipe) configId: number,
    @Query() query: CallbackQuery,
    @Req() request: Request,
  ): Promise<string> {
    return this.callbacks.receive(configId, query, await readRawBody(request));
  }
}
