import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseAmount, parseDate, parseSegment, parseStage } from '../../src/shared/crm-import/values';
import { mappingProblem, suggestMapping } from '../../src/shared/crm-import/fields';
import { decodeText } from '../../src/main/crm-import/decode';

describe('Amounts as CRMs write them', () => {
  it.each([
    ['48000', 48000],
    ['$1,200,000.00', 1_200_000],
    ['1.200.000,00 €', 1_200_000],
    ['€ 1.200.000,50', 1_200_000.5],
    ['48 000', 48000],
    ['48\u00a0000,75', 48000.75],
    ["CHF 1'200'000", 1_200_000],
    ['USD 95,000', 95000],
    ['1,200', 1200],
    ['1.5', 1.5],
    ['12,5', 12.5],
    ['(500)', -500],
  ])('reads %s as %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['abc', '12,00,0', '1.2.3,4.5', '', '$', '1,2345,000', '--5'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('Dates as CRMs write them', () => {
  it('reads ISO (with or without a time), month-first, day-first and dotted dates', () => {
    expect(parseDate('2026-03-31', 'mdy')).toBe('2026-03-31');
    expect(parseDate('2026-03-31T00:00:00.000Z', 'dmy')).toBe('2026-03-31');
    expect(parseDate('03/31/2026', 'mdy')).toBe('2026-03-31');
    expect(parseDate('31/03/2026', 'dmy')).toBe('2026-03-31');
    expect(parseDate('3/4/2026', 'mdy')).toBe('2026-03-04');
    expect(parseDate('3/4/2026', 'dmy')).toBe('2026-04-03');
    expect(parseDate('31.03.2026', 'mdy')).toBe('2026-03-31');
  });

  it('refuses days that do not exist and other text', () => {
    expect(parseDate('02/30/2026', 'mdy')).toBeNull();
    expect(parseDate('31/03/2026', 'mdy')).toBeNull();
    expect(parseDate('2026-13-01', 'mdy')).toBeNull();
    expect(parseDate('next spring', 'mdy')).toBeNull();
  });

  it('tells the order from a day above 12, and says when every date reads both ways', () => {
    expect(detectDateOrder(['03/04/2026', '25/12/2026'])).toBe('dmy');
    expect(detectDateOrder(['03/04/2026', '12/25/2026'])).toBe('mdy');
    expect(detectDateOrder(['03/04/2026', '05/06/2026', ''])).toBe('ambiguous');
    expect(detectDateOrder(['2026-03-04', '31.12.2026'])).toBeNull();
    // A date no order can read says nothing about the others.
    expect(detectDateOrder(['13/45/2026', '03/04/2026'])).toBe('ambiguous');
  });
});

describe('Stages and segments written loosely', () => {
  it('matches Fieldbook names ignoring case, spaces and hyphens', () => {
    expect(parseStage('at risk')).toBe('At-risk');
    expect(parseStage('ADOPTION')).toBe('Adoption');
    expect(parseStage('Prospect')).toBeNull();
    expect(parseSegment('Mid Market')).toBe('Mid-Market');
    expect(parseSegment('smb')).toBe('SMB');
    expect(parseSegment('Huge')).toBeNull();
  });
});

describe('Column suggestions', () => {
  it('matches Salesforce and HubSpot headers', () => {
    const headers = ['Account Name', 'Annual Revenue', 'Billing Country', 'Industry', 'First Name', 'Last Name', 'Email', 'Title', 'Phone', 'Account Owner', 'Lead Source'];
    expect(suggestMapping(headers)).toEqual([
      'account.name',
      'account.arr',
      'account.noteLine',
      'account.noteLine',
      'contact.firstName',
      'contact.lastName',
      'contact.email',
      'contact.title',
      'contact.phone',
      'account.ownerCsm',
      'ignore',
    ]);
  });

  it('gives a bare "Name" to the account, or to the contact when a column already names the account', () => {
    expect(suggestMapping(['Name', 'ARR'])).toEqual(['account.name', 'account.arr']);
    expect(suggestMapping(['Company', 'Name', 'E-mail'])).toEqual(['account.name', 'contact.name', 'contact.email']);
  });

  it('gives each single field to one column only', () => {
    expect(suggestMapping(['Email', 'Email Address'])).toEqual(['contact.email', 'ignore']);
  });

  it('needs an account name column and no field twice', () => {
    expect(mappingProblem(['A', 'B'], ['ignore', 'account.arr'])).toBe('Choose the column that holds the account name.');
    expect(mappingProblem(['A', 'B'], ['account.name', 'account.name'])).toBe('“A” and “B” are both set to Account name: choose one.');
    expect(mappingProblem(['A', 'B', 'C'], ['account.name', 'account.noteLine', 'account.noteLine'])).toBeNull();
  });
});

describe('Reading the bytes of an export', () => {
  const text = 'Account Name;ARR\nSøren Ærø GmbH;1.200,00 €\n';
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(`\uFEFF${text}`, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
  });
  it('reads UTF-16 little- and big-endian, with or without a BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });
  it('reads Windows-1252 (Excel’s CSV on Western Windows), € included', () => {
    const bytes = Buffer.from([...Buffer.from('Account Name;ARR\nS', 'latin1'), 0xf8, ...Buffer.from('ren ', 'latin1'), 0xc6, 0x72, 0xf8, ...Buffer.from(' GmbH;1.200,00 ', 'latin1'), 0x80, 0x0a]);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'windows-1252' });
  });
});
