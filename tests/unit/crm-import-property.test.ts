import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestStore } from '../support/test-store';
import { toCsv } from '../../src/main/files/csv';
import { parseCrmText } from '../../src/main/crm-import/read';
import { planImport } from '../../src/main/crm-import/plan';
import { suggestMapping } from '../../src/shared/crm-import/fields';
import { parseAmount, parseDate } from '../../src/shared/crm-import/values';
import { STAGES } from '../../src/shared/accounts/segments';
import { accountNameKey } from '../../src/main/accounts/names';

/**
 * "Every valid input is accepted": whatever a CRM writes that Fieldbook documents it reads —
 * an amount in either thousands convention with or without a currency, a real date in any of
 * the four orders, a name with quotes, commas, line breaks and any script — comes through the
 * import as the value it stands for, and a file of only such rows has no row errors.
 */

const cents = fc.integer({ min: 0, max: 99_999_999_999 });
const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** An amount as US (1,200,000.00) or European (1.200.000,00) CRMs write it, with or without currency. */
const writtenAmount = fc
  .record({ cents, style: fc.constantFrom('us', 'eu', 'plain', 'space'), currency: fc.constantFrom('', '$', '€ ', ' €', 'USD ', ' EUR', 'CHF ') })
  .map(({ cents: c, style, currency }) => {
    const whole = String(Math.floor(c / 100));
    const fraction = String(c % 100).padStart(2, '0');
    const body =
      style === 'us' ? `${group(whole, ',')}.${fraction}` : style === 'eu' ? `${group(whole, '.')},${fraction}` : style === 'space' ? `${group(whole, ' ')},${fraction}` : `${whole}.${fraction}`;
    const text = currency.startsWith(' ') ? `${body}${currency}` : `${currency}${body}`;
    return { text, value: c / 100 };
  });

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A real day, written the four ways CRMs do, with the order the import is told for slash dates. */
const writtenDate = fc.record({ iso: day, style: fc.constantFrom('iso', 'mdy', 'dmy', 'dotted') }).map(({ iso, style }) => {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const text = style === 'iso' ? iso : style === 'mdy' ? `${m}/${d}/${y}` : style === 'dmy' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
  return { text, iso, order: style === 'dmy' ? ('dmy' as const) : ('mdy' as const) };
});

/** A name a CRM may hold: any script, quotes, separators, line breaks; never blank, within the form's 200 characters. */
const accountName = fc
  .string({ unit: fc.constantFrom('a', 'Z', 'ø', 'Ł', 'ß', '東', '京', '😀', ' ', ',', ';', '"', '\n', '&', "'", '-', '1'), minLength: 1, maxLength: 40 })
  .map((s) => `${s.replace(/\s+/g, ' ').trim()}`)
  .filter((s) => s.length > 0 && s.length <= 200 && !/^[=+\-@]/.test(s));

describe('every valid CRM value is read as what it stands for', () => {
  it('amounts', () => {
    fc.assert(
      fc.property(writtenAmount, ({ text, value }) => {
        expect(parseAmount(text)).toBeCloseTo(value, 2);
      }),
      { numRuns: 500 },
    );
  });

  it('dates', () => {
    fc.assert(
      fc.property(writtenDate, ({ text, iso, order }) => {
        expect(parseDate(text, order)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it('a file of valid rows, written as CSV by Fieldbook, previews with no row errors and every value as written', () => {
    const t = createTestStore();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name: accountName, amount: writtenAmount, stage: fc.constantFrom(...STAGES), renewal: writtenDate }), {
          minLength: 1,
          maxLength: 15,
          selector: (r) => accountNameKey(r.name),
        }),
        fc.constantFrom('mdy', 'dmy'),
        (rows, slashOrder) => {
          // One file uses one order for its slash dates, as a real export does.
          const renewals = rows.map((r) => ({ ...r, renewal: r.renewal.order === slashOrder || r.renewal.text.includes('-') || r.renewal.text.includes('.') ? r.renewal : { ...r.renewal, text: r.renewal.iso } }));
          const csv = toCsv(
            ['Account Name', 'Annual Revenue', 'Stage', 'Renewal Date'],
            renewals.map((r) => [r.name, r.amount.text, r.stage, r.renewal.text]),
          );
          const file = parseCrmText('property.csv', csv);
          const mapping = suggestMapping(file.headers);
          const plan = planImport(t.store, file, { mapping, dateOrder: slashOrder, duplicates: 'skip' });
          expect(plan.preview.errors).toEqual([]);
          expect(plan.accounts.map((a) => (a.action === 'add' ? [a.fields.name, a.fields.arr, a.fields.stage, a.fields.renewalDate] : null))).toEqual(
            renewals.map((r) => [r.name, Math.round(r.amount.value * 100) / 100, r.stage, r.renewal.iso]),
          );
        },
      ),
      { numRuns: 150 },
    );
    t.close();
  });
});
