import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { RotaQuery } from './dto/rota.dto.js';
import { type RenderedView, RotaService } from './rota.service.js';

/** Read models are computed once per plan version and answered with an ETag. */
function send(request: Request, response: Response, view: RenderedView): void {
  response.setHeader('ETag', view.etag);
  response.setHeader('Cache-Control', 'private, no-cache');
  if (request.headers['if-none-match'] === view.etag) {
    response.status(304).end();
    return;
  }
  response.type('application/json').send(view.body);
}

@ApiTags('rota')
@ApiBearerAuth()
@Controller()
export class RotaController {
  constructor(private readonly service: RotaService) {}

  @Get('rota')
  @Header('Vary', 'Authorization')
  async rota(
    @CurrentUser() caller: Caller,
    @Query() q: RotaQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(req, res, await this.service.rota(caller, q.teamId, q.from, q.to));
  }

  @Get('coverage')
  @Header('Vary', 'Authorization')
  async coverage(
    @CurrentUser() caller: Caller,
    @Query() q: RotaQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(req, res, await this.service.coverage(caller, q.teamId, q.from, q.to));
  }
}
