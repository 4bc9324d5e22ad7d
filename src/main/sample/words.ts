/** Word lists for the sample book: realistic enough to demo, obviously invented. */
export const COMPANY_FIRST = [
  'Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Cyberdyne',
  'Soylent', 'Tyrell', 'Aperture', 'Massive', 'Oscorp', 'Gringotts', 'Wonka', 'Blue Sun', 'Zürich', 'Nordlicht',
  'Säntis', 'Fjord', 'Aurora', 'Helios', 'Kestrel', 'Lumen', 'Meridian', 'Orbit', 'Pinnacle', 'Quantum',
  'Riverbend', 'Sequoia', 'Tundra', 'Vertex', 'Willow', 'Yonder', 'Zenith', 'Cobalt', 'Granite', 'Harbor',
] as const;
export const COMPANY_SECOND = [
  'Analytics', 'Bank', 'Insurance', 'Logistics', 'Energy', 'Health', 'Retail', 'Telecom', 'Pharma', 'Foods',
  'Mobility', 'Capital', 'Systems', 'Data', 'Manufacturing', 'Airlines', 'Media', 'Utilities', 'Labs', 'Group',
] as const;
export const COMPANY_SUFFIX = ['', '', '', ' AG', ' GmbH', ' S.p.A.', ' Ltd', ' Inc.', ' SA', ' BV'] as const;
export const FIRST_NAMES = [
  'Giulia', 'Marco', 'Anna', 'Luca', 'Sofia', 'Matteo', 'Elena', 'Jonas', 'Lea', 'Noah', 'Chloé', 'Hugo',
  'Priya', 'Arjun', 'Mei', 'Kenji', 'Olivia', 'Liam', 'Zoë', 'Mateo', 'Fatima', 'Omar', 'Ingrid', 'Søren',
] as const;
export const LAST_NAMES = [
  'Rossi', 'Bianchi', 'Müller', 'Schmidt', 'Dubois', 'Martin', 'García', 'López', 'Patel', 'Sharma', 'Tanaka',
  'Suzuki', 'Smith', 'Johnson', 'Nowak', 'Kowalski', 'Jensen', 'Nielsen', 'Costa', 'Silva', "O'Brien", 'Haddad',
] as const;
export const TITLES = [
  'Head of Data Platform', 'Platform Engineer', 'Chief Data Officer', 'Data Governance Lead', 'VP Engineering',
  'Data Product Owner', 'Enterprise Architect', 'IT Procurement Manager', 'CTO', 'Analytics Manager',
] as const;
export const ROLES = ['Platform team', 'Business sponsor', 'Procurement', 'Data governance', 'End user', 'IT operations'] as const;
export const CSMS = ['Alex Moreau', 'Sam Keller', 'Dana Ricci', 'Robin Berg'] as const;
export const VERSIONS = ['1.8.2', '1.9.0', '1.9.4', '2.0.1', '2.1.0', '2.2.3'] as const;
