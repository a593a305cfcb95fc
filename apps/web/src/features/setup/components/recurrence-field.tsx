import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { WeekdayPicker } from '../../../components/ui/weekday-picker';
import { weekdayNames } from '../../../lib/intl';
import { rruleToWeekdays, weekdaysToRrule } from '../../../lib/rrule';

/**
 * A recurrence rule edited two ways: a weekday picker that writes `FREQ=WEEKLY;BYDAY=…`, and the
 * raw RRULE for anything else (the picker follows the raw text when it can read it).
 */
export function RecurrenceField({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: string;
  onChange: (rule: string) => void;
  errors: readonly string[];
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const weekdays = rruleToWeekdays(value);
  return (
    <div className="recurrence-field">
      <WeekdayPicker
        legend={t('setup.recurrence.days')}
        value={weekdays ?? []}
        onChange={(days) => onChange(days.length ? weekdaysToRrule(days) : '')}
        dayNames={weekdayNames(i18n.language, 'long')}
        shortNames={weekdayNames(i18n.language, 'short')}
        disabled={disabled}
      />
      <TextField
        label={t('setup.recurrence.raw')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        hint={
          weekdays === null && value.trim() !== ''
            ? t('setup.recurrence.rawOnly')
            : t('setup.recurrence.hint')
        }
        errors={errors}
        disabled={disabled}
        spellCheck={false}
      />
    </div>
  );
}

/** A rule in words when the picker can read it ("Mon, Tue, Wed"), else the rule itself. */
export function describeRecurrence(rule: string, locale: string, everyDay: string): string {
  const days = rruleToWeekdays(rule);
  if (!days) return rule;
  if (days.length === 7) return everyDay;
  const names = weekdayNames(locale, 'short');
  return days.map((d) => names[d - 1]).join(', ');
}
