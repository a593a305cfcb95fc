import { existsSync } from 'node:fs';
import path from 'node:path';
import { type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { asBodyParserError, sendProblem } from './common/http/problem.filter.js';
import { createValidationPipe } from './common/http/validation.js';
import type { AppConfig } from './config/config.js';
import type { Clock } from './common/clock.js';
import { PlannerLogger } from './common/logger.js';

export const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Builds the HTTP application: the API under /api, OpenAPI at /api/docs, the web app at /. */
export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  options: { logger?: LoggerService | false; clock?: Clock } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, dataSource, options.clock),
    {
      bodyParser: false,
      logger: options.logger ?? new PlannerLogger({ logLevels: LOG_LEVELS[config.logLevel] }),
    },
  );
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Our own parser so that malformed or oversized bodies get the same problem JSON as any error.
  app.use(express.json({ limit: '2mb' }));
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const problem = asBodyParserError(error);
    if (problem) sendProblem(res, problem);
    else next(error);
  });
  app.setGlobalPrefix('api', { exclude: ['ical/*path'] });
  app.useGlobalPipes(createValidationPipe());

  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Coverage planner API')
      .setDescription('Staff, skills, shift types, leave, coverage, plans and calendar feeds.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs/openapi.json' });

  if (config.webDist && existsSync(path.join(config.webDist, 'index.html'))) {
    serveWebApp(app, config.webDist);
  }
  return app;
}

/** Static files, and index.html for client-side routes; /api and /ical stay the API's. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  app.use(express.static(webDist, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/ical'))
      return next();
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
