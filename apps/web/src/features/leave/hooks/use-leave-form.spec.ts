import {
  EMPTY_LEAVE_FORM,
  type LeaveFormValues,
  toDraft,
  validateLeaveForm,
} from './use-leave-form';

const form = (values: Partial<LeaveFormValues>): LeaveFormValues => ({
  ...EMPTY_LEAVE_FORM,
  leaveTypeId: 't1',
  ...values,
});
const own = { needsEmployee: false };

describe('validateLeaveForm', () => {
  it('accepts a run of whole days and one half day, and drafts them with local dates as typed', () => {
    const days = form({ startDate: '2025-12-29', endDate: '2026-01-02' });
    expect(validateLeaveForm(days, own)).toEqual({});
    expect(toDraft(days, {}, own)).toEqual({
      leaveTypeId: 't1',
      startDate: '2025-12-29',
      endDate: '2026-01-02',
      halfDay: null,
    });
    const half = form({ startDate: '2025-05-05', endDate: '2025-05-05', halfDay: 'pm' });
    expect(validateLeaveForm(half, own)).toEqual({});
    expect(toDraft(half, {}, own)?.halfDay).toBe('pm');
  });

  it('refuses an end before the start, a half day over several dates and more than 366 days', () => {
    expect(
      validateLeaveForm(form({ startDate: '2025-05-07', endDate: '2025-05-05' }), own),
    ).toEqual({ endDate: 'endBeforeStart' });
    expect(
      validateLeaveForm(
        form({ startDate: '2025-05-05', endDate: '2025-05-06', halfDay: 'am' }),
        own,
      ),
    ).toEqual({ halfDay: 'halfDayOneDate' });
    // 2024 is a leap year: 1 Jan 2024 – 31 Dec 2024 is 366 days, one more is too many.
    expect(
      validateLeaveForm(form({ startDate: '2024-01-01', endDate: '2024-12-31' }), own),
    ).toEqual({});
    expect(
      validateLeaveForm(form({ startDate: '2024-01-01', endDate: '2025-01-01' }), own),
    ).toEqual({ endDate: 'tooLong' });
    expect(
      validateLeaveForm(form({ startDate: '2025-02-30', endDate: '2025-03-01' }), own),
    ).toEqual({ startDate: 'invalidDate' });
  });

  it('needs a person when a manager records an absence, and says what is missing', () => {
    const record = { needsEmployee: true };
    expect(validateLeaveForm(form({ leaveTypeId: '' }), record)).toEqual({
      employeeId: 'employeeRequired',
      leaveTypeId: 'typeRequired',
      startDate: 'startRequired',
      endDate: 'endRequired',
    });
    const values = form({ employeeId: 'e1', startDate: '2025-05-05', endDate: '2025-05-05' });
    expect(toDraft(values, validateLeaveForm(values, record), record)).toEqual({
      employeeId: 'e1',
      leaveTypeId: 't1',
      startDate: '2025-05-05',
      endDate: '2025-05-05',
      halfDay: null,
    });
  });
});
