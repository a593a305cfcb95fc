import path from 'node:path';
import { ESLint } from 'eslint';

/** The layering in DESIGN.md is enforced by the linter; these cases prove the rule bites. */
describe('import boundaries', () => {
  const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });
  const errorsFor = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => m.message);
  };

  it.each([
    [
      'libs/domain/src/probe.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    ],
    [
      'libs/domain/src/probe.ts',
      "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n",
    ],
    ['libs/solver/src/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    [
      'libs/ical/src/probe.ts',
      "import { x } from '../../../apps/api/src/app.js';\nexport const y = x;\n",
    ],
    ['libs/solver/src/probe.ts', "import { x } from '@planner/ical';\nexport const y = x;\n"],
    ['apps/web/src/probe.ts', "import { x } from '../../api/src/app.js';\nexport const y = x;\n"],
  ])('refuses %s importing a framework or an app', async (file, code) => {
    expect(await errorsFor(file, code)).toHaveLength(1);
  });

  it('lets the solver use the domain and the API use NestJS', async () => {
    expect(
      await errorsFor(
        'libs/solver/src/probe.ts',
        "import { DomainError } from '@planner/domain';\nexport const x = DomainError;\n",
      ),
    ).toEqual([]);
    expect(
      await errorsFor(
        'apps/api/src/probe.ts',
        "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
      ),
    ).toEqual([]);
  });
});
