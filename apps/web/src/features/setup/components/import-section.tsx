import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { isApiError } from '../../../lib/api-client';
import type { ImportResult, ImportRow } from '../../../lib/api-types';
import { useImportLeave } from '../api/import-leave';
import { useImportStaff } from '../api/import-staff';
import { setupErrorMessage } from './setup-errors';
import type { SectionProps } from './setup-page';

export type ImportKind = 'staff' | 'leave';

/** The columns of each CSV, in order, as the server reads them. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly string[]> = {
  staff: ['name', 'email', 'skills', 'homeTimeZone', 'weeklyHours', 'annualLeaveDays'],
  leave: ['email', 'type', 'startDate', 'endDate', 'halfDay'],
};

export const EXAMPLE_CSV: Record<ImportKind, string> = {
  staff: [
    'name,email,skills,homeTimeZone,weeklyHours,annualLeaveDays',
    'Anna Kowalska,anna@example.com,chat;phone;pl,Europe/Warsaw,40,26',
    'Ben Carter,ben@example.com,chat;de,America/New_York,32,',
    'Chloé Martin,chloe@example.com,email,,,',
  ].join('\n'),
  leave: [
    'email,type,startDate,endDate,halfDay',
    'anna@example.com,vacation,2025-07-07,2025-07-18,',
    'ben@example.com,vacation,2025-08-01,2025-08-01,pm',
    'chloe@example.com,sick,2025-03-03,2025-03-04,',
  ].join('\n'),
};

/** A row's value for a column: the server lower-cases header names (`hometimezone`). */
function cell(values: Record<string, string>, column: string): string {
  return values[column] ?? values[column.toLowerCase()] ?? '';
}

const sameField = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Problems with the file as a whole (a missing column, no rows): field `csv`. */
function fileErrorsOf(error: unknown): string[] {
  if (!isApiError(error)) return [];
  return error.fieldErrors.filter((e) => e.field === 'csv').map((e) => e.reason);
}

/** The rows of a refused commit (400 VALIDATION_FAILED carries them, like a preview). */
function rowsOf(error: unknown): ImportRow[] | null {
  if (!isApiError(error)) return null;
  const rows = error.extensions.rows;
  return Array.isArray(rows) ? (rows as ImportRow[]) : null;
}

/**
 * CSV import for teams coming from spreadsheets: paste or choose a file, check it (nothing is
 * written), see each row with its problems, then import all rows at once. The server imports
 * all or nothing.
 */
export function ImportSection({ team, canManage }: SectionProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('staff');
  return (
    <section className="setup-section" aria-labelledby="setup-import-title">
      <h2 id="setup-import-title" className="panel__title">
        {t('setup.import.title', { team: team.name })}
      </h2>
      <SelectField
        label={t('setup.import.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as ImportKind)}
      >
        <option value="staff">{t('setup.import.kinds.staff')}</option>
        <option value="leave">{t('setup.import.kinds.leave')}</option>
      </SelectField>
      <CsvImport key={kind} kind={kind} teamId={team.id} canManage={canManage} />
    </section>
  );
}

function CsvImport({
  kind,
  teamId,
  canManage,
}: {
  kind: ImportKind;
  teamId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const fileId = useId();
  const staff = useImportStaff();
  const leave = useImportLeave();
  const mutation = kind === 'staff' ? staff : leave;
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<{ csv: string; result: ImportResult } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<number | null>(null);
  const columns = IMPORT_COLUMNS[kind];
  const current = preview && preview.csv === csv ? preview.result : null;
  const canCommit = canManage && current !== null && current.invalid === 0 && current.valid > 0;

  const send = (commit: boolean) => {
    setFailure(null);
    setCreated(null);
    mutation.mutate(
      { teamId, csv, commit },
      {
        onSuccess: (result) => {
          if (result.committed) {
            setCreated(result.created ?? result.valid);
            setPreview(null);
            setCsv('');
          } else setPreview({ csv, result });
        },
        onError: (error) => {
          const rows = rowsOf(error);
          if (rows) {
            const invalid = rows.filter((row) => row.errors.length > 0).length;
            setPreview({
              csv,
              result: { rows, valid: rows.length - invalid, invalid, committed: false },
            });
          }
          setFailure(error);
        },
      },
    );
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text =
      typeof file.text === 'function'
        ? await file.text()
        : await new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result ?? ''));
            reader.onerror = () => reject(reader.error ?? new Error('read failed'));
            reader.readAsText(file);
          });
    setCsv(text);
  };

  return (
    <div className="csv-import">
      <p>{t(`setup.import.about.${kind}`)}</p>
      <p className="muted">
        {t('setup.import.header')} <code>{columns.join(',')}</code>
      </p>
      <p>
        <a
          className="button button--secondary"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE_CSV[kind] + '\n')}`}
          download={`${kind}-example.csv`}
        >
          {t('setup.import.example')}
        </a>
      </p>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t('setup.import.file')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          className="input"
          onChange={(event) => void readFile(event)}
        />
      </div>
      <TextAreaField
        label={t('setup.import.paste')}
        rows={8}
        value={csv}
        spellCheck={false}
        className="csv-import__text"
        errors={preview === null || preview.csv !== csv ? fileErrorsOf(failure) : []}
        onChange={(e) => setCsv(e.target.value)}
      />
      <div className="dialog__actions csv-import__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!csv.trim() || mutation.isPending}
          onClick={() => send(false)}
        >
          {mutation.isPending && !mutation.variables?.commit
            ? t('setup.import.checking')
            : t('setup.import.check')}
        </button>
        {canManage ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!canCommit || mutation.isPending}
            onClick={() => send(true)}
          >
            {mutation.isPending && mutation.variables?.commit
              ? t('setup.import.importing')
              : t(`setup.import.commit.${kind}`, { count: current?.valid ?? 0 })}
          </button>
        ) : null}
      </div>

      <div role="status" aria-live="polite">
        {created !== null ? (
          <Alert tone="success">{t(`setup.import.done.${kind}`, { count: created })}</Alert>
        ) : null}
      </div>
      {failure ? (
        <Alert tone="error" title={t('setup.import.refused')}>
          <p>
            {rowsOf(failure)
              ? t('setup.import.nothingWritten')
              : fileErrorsOf(failure).length > 0
                ? t('setup.import.unreadable')
                : setupErrorMessage(failure, t)}
          </p>
        </Alert>
      ) : null}
      {preview && preview.csv !== csv ? <p className="muted">{t('setup.import.changed')}</p> : null}
      {current ? <Preview result={current} columns={columns} /> : null}
    </div>
  );
}

function Preview({ result, columns }: { result: ImportResult; columns: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <section className="csv-preview" aria-labelledby="csv-preview-title">
      <h3 id="csv-preview-title" className="setup-subtitle">
        {t('setup.import.preview')}
      </h3>
      <p>
        {t('setup.import.validRows', { count: result.valid })}
        {', '}
        {t('setup.import.invalidRows', { count: result.invalid })}
      </p>
      {result.invalid > 0 ? (
        <Alert tone="error">{t('setup.import.fixFirst', { count: result.invalid })}</Alert>
      ) : null}
      <div className="table-scroll">
        <table className="table csv-preview__table">
          <thead>
            <tr>
              <th scope="col">{t('setup.import.line')}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  <code>{column}</code>
                </th>
              ))}
              <th scope="col">{t('setup.import.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => {
              const bad = row.errors.length > 0;
              return (
                <tr key={row.line} className={bad ? 'csv-preview__row--invalid' : undefined}>
                  <th scope="row">{row.line}</th>
                  {columns.map((column) => {
                    const cellErrors = row.errors.filter((e) => sameField(e.field, column));
                    return (
                      <td
                        key={column}
                        className={cellErrors.length ? 'csv-preview__cell--invalid' : undefined}
                      >
                        {cell(row.values, column)}
                      </td>
                    );
                  })}
                  <td>
                    {bad ? (
                      <ul className="field__errors">
                        {row.errors.map((error) => (
                          <li key={`${error.field}:${error.reason}`}>
                            <span className="field__error-icon" aria-hidden="true">
                              !
                            </span>
                            <code>{error.field}</code>: {error.reason}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="csv-preview__ok">
                        <span aria-hidden="true">✓ </span>
                        {t('setup.import.ok')}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
