/**
 * The fields a CRM column can be imported into, with the headers Salesforce, HubSpot and
 * similar exports use for each, so most files are mapped before the CSM touches a select.
 */
export const CRM_TARGETS = [
  'ignore',
  'account.name',
  'account.arr',
  'account.stage',
  'account.segment',
  'account.ownerCsm',
  'account.contractStart',
  'account.renewalDate',
  'account.productVersion',
  'account.notes',
  'account.noteLine',
  'contact.name',
  'contact.firstName',
  'contact.lastName',
  'contact.email',
  'contact.title',
  'contact.phone',
  'contact.role',
] as const;
export type CrmTarget = (typeof CRM_TARGETS)[number];

/** What each choice is called in the column's select. */
export const CRM_TARGET_LABELS: Record<CrmTarget, string> = {
  ignore: "Don't import",
  'account.name': 'Account name',
  'account.arr': 'ARR',
  'account.stage': 'Stage',
  'account.segment': 'Segment',
  'account.ownerCsm': 'Owner (CSM)',
  'account.contractStart': 'Contract start',
  'account.renewalDate': 'Renewal date',
  'account.productVersion': 'Installed version',
  'account.notes': 'Account notes',
  'account.noteLine': 'Add to account notes',
  'contact.name': 'Contact name',
  'contact.firstName': 'Contact first name',
  'contact.lastName': 'Contact last name',
  'contact.email': 'Contact email',
  'contact.title': 'Contact title',
  'contact.phone': 'Contact phone',
  'contact.role': 'Contact role',
};

/** Targets several columns may share; every other target takes one column at most. */
export const REPEATABLE_TARGETS: ReadonlySet<CrmTarget> = new Set(['ignore', 'account.noteLine']);

/** Headers compared lower-case with everything but letters and digits removed ("Account Name" → "accountname"). */
export const headerKey = (header: string) =>
  header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const SYNONYMS: readonly (readonly [Exclude<CrmTarget, 'ignore'>, readonly string[]])[] = [
  ['account.name', ['accountname', 'account', 'company', 'companyname', 'organization', 'organisation', 'organizationname', 'customer', 'customername', 'associatedcompany']],
  ['account.arr', ['arr', 'annualrevenue', 'annualrecurringrevenue', 'recurringrevenue', 'revenue', 'contractvalue', 'acv', 'amount', 'annualcontractvalue']],
  ['account.stage', ['stage', 'lifecyclestage', 'customerstage', 'accountstage']],
  ['account.segment', ['segment', 'customersegment', 'accountsegment', 'tier']],
  ['account.ownerCsm', ['accountowner', 'owner', 'csm', 'customersuccessmanager', 'companyowner', 'ownername']],
  ['account.contractStart', ['contractstart', 'contractstartdate', 'startdate', 'customersince', 'becameacustomerdate']],
  ['account.renewalDate', ['renewaldate', 'renewal', 'contractend', 'contractenddate', 'enddate', 'nextrenewaldate']],
  ['account.productVersion', ['version', 'productversion', 'installedversion']],
  ['account.notes', ['description', 'accountdescription', 'notes', 'accountnotes']],
  [
    'account.noteLine',
    ['billingcountry', 'country', 'billingcity', 'city', 'billingstate', 'state', 'industry', 'website', 'numberofemployees', 'employees', 'type', 'accounttype'],
  ],
  ['contact.name', ['contactname', 'fullname', 'contact', 'primarycontact']],
  ['contact.firstName', ['firstname', 'givenname', 'contactfirstname']],
  ['contact.lastName', ['lastname', 'surname', 'familyname', 'contactlastname']],
  ['contact.email', ['email', 'emailaddress', 'email1', 'contactemail', 'workemail']],
  ['contact.title', ['title', 'jobtitle', 'contacttitle', 'position']],
  ['contact.phone', ['phone', 'phonenumber', 'mobile', 'mobilephone', 'contactphone', 'workphone']],
  ['contact.role', ['role', 'contactrole', 'buyingrole']],
];

/**
 * A target for every header: an exact synonym first (each single-column target given once, to
 * the leftmost header that names it), then a bare "Name" to the account if nothing else names
 * the account, else to the contact. Anything unrecognised is left out ("Don't import").
 */
export function suggestMapping(headers: readonly string[]): CrmTarget[] {
  const taken = new Set<CrmTarget>();
  const mapping = headers.map((header): CrmTarget => {
    const key = headerKey(header);
    const match = SYNONYMS.find(([target, words]) => words.includes(key) && (REPEATABLE_TARGETS.has(target) || !taken.has(target)));
    if (!match) return 'ignore';
    taken.add(match[0]);
    return match[0];
  });
  headers.forEach((header, i) => {
    if (mapping[i] !== 'ignore' || headerKey(header) !== 'name') return;
    const target: CrmTarget = !taken.has('account.name') ? 'account.name' : !taken.has('contact.name') ? 'contact.name' : 'ignore';
    if (target !== 'ignore') taken.add(target);
    mapping[i] = target;
  });
  return mapping;
}

/** Why a mapping can't be used, or null when it can: the account name is needed, and no field twice. */
export function mappingProblem(headers: readonly string[], mapping: readonly CrmTarget[]): string | null {
  if (mapping.length !== headers.length) return 'Choose a field for every column.';
  if (!mapping.includes('account.name')) return 'Choose the column that holds the account name.';
  const seen = new Map<CrmTarget, string>();
  for (const [i, target] of mapping.entries()) {
    if (REPEATABLE_TARGETS.has(target)) continue;
    const earlier = seen.get(target);
    if (earlier !== undefined) return `“${earlier}” and “${headers[i]}” are both set to ${CRM_TARGET_LABELS[target]}: choose one.`;
    seen.set(target, headers[i] ?? '');
  }
  return null;
}
