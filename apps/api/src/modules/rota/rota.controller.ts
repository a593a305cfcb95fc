import { Controller, Get, Query, Req, Res } from '@nestjs/common';
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
  response.setHeader('Vary', 'Authorization, Accept-Encoding');
  if (request.headers['if-none-match'] === view.etag) {
    response.status(304).end();
    return;
  }
  response.type('application/json');
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    response.setHeader('Content-Encoding', 'gzip');
    response.send(view.gzipped);
  } else {
    response.send(view.body);
  }
}

@ApiTags('rota')
@ApiBearerAuth()
@Controller()
export class RotaController {
  constructor(private readonly service: RotaService) {}

  @Get('rota')
  async rota(
    @CurrentUser() caller: Caller,
    @Query() q: RotaQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(req, res, await this.service.rota(caller, q.teamId, q.from, q.to));
  }

  @Get('coverage')
  async coverage(
    @CurrentUser() caller: Caller,
    @Query() q: RotaQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(req, res, await this.service.coverage(caller, q.teamId, q.from, q.to));
  }
}
