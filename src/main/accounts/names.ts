/** The key two account names collide on: Unicode-normalised, case-folded, inner spaces collapsed. */
export function accountNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
