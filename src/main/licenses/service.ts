import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../../shared/licenses/canonical-json';
import { LICENSE_FORMAT_VERSION, type LicensePayload } from '../../shared/licenses/file-format';
import type { License, LicenseFields, RecordShareInput } from '../../shared/licenses/schema';
import { getAccount } from '../accounts/service';
import { appendAudit } from '../audit/log';
import { completeOnboardingStep, LICENSE_ONBOARDING_STEP } from '../tasks/playbook';
import type { Store } from '../db/store';
import type { KeyStore } from '../edge-ports/key-store';
import { AppError, fieldConflict, notFound } from '../ipc/app-error';
import type { Actor } from '../settings/actor';
import { ensureActiveKey, signWith } from './keys';
import { encodeLicenseFile } from './license-file';
import { completeLicenseReminder, createLicenseReminder, dropLicenseReminder } from './reminders';
import { findLicense, insertLicense, insertShare, markRevoked } from './repository';

export function getLicense(store: Store, id: string, now: Date): License {
  const license = findLicense(store, id, now);
  if (!license) throw notFound('That license');
  return license;
}

/** The payload's exact bytes: canonical JSON, UTF-8. These are what the signature covers. */
export function payloadBytes(payload: LicensePayload): Buffer {
  return Buffer.from(canonicalJson({ ...payload, modules: [...payload.modules] }), 'utf8');
}

/**
 * Issues and signs a license, in one transaction with its audit entry and its reminder task.
 * The first license of a book makes the first signing key.
 */
export function issueLicense(
  store: Store,
  keyStore: KeyStore,
  input: { accountId: string; fields: LicenseFields },
  now: Date,
  actor: Actor,
): License {
  const { accountId, fields } = input;
  return store.tx(() => {
    const account = getAccount(store, accountId);
    if (fields.replacesId) {
      const replaced = findLicense(store, fields.replacesId, now);
      if (!replaced || replaced.accountId !== accountId) {
        throw fieldConflict('replacesId', 'The license this one replaces must be one of this account’s licenses.');
      }
    }
    const kid = ensureActiveKey(store, keyStore, now, actor);
    const payload: LicensePayload = {
      formatVersion: LICENSE_FORMAT_VERSION,
      licenseId: randomUUID(),
      account: account.name,
      licensee: fields.licensee,
      modules: fields.modules,
      kind: fields.kind,
      issuedAt: now.toISOString(),
      validFrom: fields.validFrom,
      expiresAt: fields.expiresAt,
      projectEnd: fields.kind === 'mvp' ? fields.projectEnd : null,
      replaces: fields.replacesId,
      kid,
    };
    const bytes = payloadBytes(payload);
    const fileText = encodeLicenseFile(kid, bytes, signWith(store, keyStore, kid, bytes));
    insertLicense(store, {
      id: payload.licenseId,
      account_id: accountId,
      licensee: payload.licensee,
      modules: JSON.stringify(payload.modules),
      kind: payload.kind,
      issued_at: payload.issuedAt,
      issued_by: actor.recorded,
      valid_from: payload.validFrom,
      expires_at: payload.expiresAt,
      project_start: fields.kind === 'mvp' ? fields.projectStart : null,
      project_end: payload.projectEnd,
      reminder_days: fields.reminderDays,
      key_id: kid,
      format_version: payload.formatVersion,
      replaces_id: payload.replaces,
      file_text: fileText,
      revoked_at: null,
      revoked_by: null,
      revoked_reason: null,
    });
    appendAudit(
      store,
      {
        action: 'license.issued',
        subject: payload.licenseId,
        details: {
          licenseId: payload.licenseId,
          accountId,
          account: account.name,
          licensee: payload.licensee,
          kind: payload.kind,
          modules: payload.modules,
          validFrom: payload.validFrom,
          expiresAt: payload.expiresAt,
          projectEnd: payload.projectEnd,
          replaces: payload.replaces,
          keyId: kid,
        },
      },
      now,
      actor,
    );
    createLicenseReminder(store, { id: payload.licenseId, accountId, ...payload, reminderDays: fields.reminderDays }, account.ownerCsm, now);
    if (payload.replaces) completeLicenseReminder(store, payload.replaces, now);
    completeOnboardingStep(store, accountId, LICENSE_ONBOARDING_STEP, now);
    return getLicense(store, payload.licenseId, now);
  });
}

/** Revokes a license: it stays in the history, marked revoked, with who, when and why. */
export function revokeLicense(store: Store, id: string, reason: string, now: Date, actor: Actor): License {
  return store.tx(() => {
    const license = getLicense(store, id, now);
    if (license.revokedAt) {
      throw new AppError('CONFLICT', `This license was already revoked on ${license.revokedAt.slice(0, 10)}.`);
    }
    const at = now.toISOString();
    markRevoked(store, id, { at, by: actor.recorded, reason });
    dropLicenseReminder(store, id);
    appendAudit(
      store,
      { action: 'license.revoked', subject: id, details: { licenseId: id, accountId: license.accountId, reason } },
      now,
      actor,
    );
    return getLicense(store, id, now);
  });
}

/**
 * Records who a license file was given to and through which channel (seed 000: "share only
 * with authorised recipients via secure channels"), with an audit entry. A revoked license is
 * not shared.
 */
export function recordLicenseShare(store: Store, input: RecordShareInput, now: Date, actor: Actor): License {
  return store.tx(() => {
    const license = getLicense(store, input.id, now);
    if (license.revokedAt) {
      throw new AppError('CONFLICT', `This license was revoked on ${license.revokedAt.slice(0, 10)}; issue a new one instead of sending it.`);
    }
    insertShare(store, {
      id: randomUUID(),
      license_id: input.id,
      recipient: input.recipient,
      channel: input.channel,
      shared_at: now.toISOString(),
      shared_by: actor.recorded,
    });
    appendAudit(
      store,
      {
        action: 'license.shared',
        subject: input.id,
        details: { licenseId: input.id, accountId: license.accountId, recipient: input.recipient, channel: input.channel },
      },
      now,
      actor,
    );
    return getLicense(store, input.id, now);
  });
}
