import type {
  ConsentTemplate,
  ConsentTreatment,
  PublishTemplateRequest,
  TemplateVersion,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import type { CurrentVersion } from './consent-status';
import * as repo from './consent-templates.repo';
import { toCurrentVersion, toTemplateVersion } from './consent.mapper';
import { DEFAULT_CHANGE_NOTE, defaultTemplates } from './default-templates';

/**
 * Gives the clinic Corium's default templates as version 1 for every treatment it has none
 * for. Called when a clinic is made, and before any read of templates, so clinics created
 * before a treatment's default existed get it too. Idempotent, also under concurrency.
 */
export async function ensureDefaultTemplates(trx: Trx, clinicId: string, now: Date): Promise<void> {
  const existing = await repo.existingTreatments(trx, clinicId);
  for (const template of defaultTemplates) {
    if (existing.includes(template.treatment)) continue;
    const created = await repo.insertTemplateIfMissing(trx, {
      id: newId(),
      clinic_id: clinicId,
      treatment: template.treatment,
      created_at: now,
    });
    if (!created) continue;
    await repo.insertVersion(trx, {
      id: newId(),
      clinic_id: clinicId,
      template_id: created.id,
      treatment: template.treatment,
      version: 1,
      title: template.title,
      body: template.body,
      material_revision: 1,
      change_note: DEFAULT_CHANGE_NOTE,
      published_by: null,
      published_at: now,
    });
  }
}

/** The version each treatment's consent is signed on now, by treatment. */
export async function currentVersions(
  trx: Trx,
  clinicId: string,
  now: Date,
): Promise<Map<ConsentTreatment, CurrentVersion>> {
  await ensureDefaultTemplates(trx, clinicId, now);
  const rows = await repo.currentVersions(trx, clinicId);
  return new Map(rows.map((r) => [r.treatment, toCurrentVersion(r)]));
}

/** The current version of one treatment's template, with its text. */
export async function currentVersionOf(
  trx: Trx,
  clinicId: string,
  treatment: ConsentTreatment,
  now: Date,
): Promise<repo.VersionRow> {
  await ensureDefaultTemplates(trx, clinicId, now);
  return (await repo.currentVersionOf(trx, clinicId, treatment))!;
}

export function listTemplates(deps: Deps, principal: Principal): Promise<ConsentTemplate[]> {
  return deps.db.transaction().execute(async (trx) => {
    await ensureDefaultTemplates(trx, principal.clinicId, deps.clock.now());
    const rows = await repo.currentVersions(trx, principal.clinicId);
    return rows
      .map((r) => ({ id: r.template_id, treatment: r.treatment, current: toTemplateVersion(r) }))
      .sort((a, b) => order(a.treatment) - order(b.treatment));
  });
}

const order = (treatment: ConsentTreatment): number =>
  defaultTemplates.findIndex((t) => t.treatment === treatment);

/** Every version of a template, newest first; old versions stay readable as they were signed. */
export async function listTemplateVersions(
  deps: Deps,
  principal: Principal,
  templateId: string,
): Promise<TemplateVersion[]> {
  const rows = await repo.listVersions(deps.db, principal.clinicId, templateId);
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such consent template');
  return rows.map(toTemplateVersion);
}

/**
 * A new immutable version. The editor says which version it started from: if someone published
 * in between, this one would silently drop their change, so it is refused. A material change
 * (new adjunct, modality, deeper protocol) starts a new material revision, which asks every
 * patient with a consent on the old one to sign again.
 */
export function publishTemplateVersion(
  deps: Deps,
  principal: Principal,
  templateId: string,
  request: PublishTemplateRequest,
  meta: RequestMeta,
): Promise<TemplateVersion> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const template = await repo.lockTemplate(trx, principal.clinicId, templateId);
    if (!template) throw new AppError('NOT_FOUND', 'No such consent template');
    const current = (await repo.currentVersionOf(trx, principal.clinicId, template.treatment))!;
    if (current.version !== request.basedOnVersion)
      throw new AppError(
        'CONFLICT',
        `Version ${current.version} was published while you were editing version ${request.basedOnVersion}; ` +
          'open the current version and make your change again',
        { currentVersion: current.version },
      );
    const id = newId();
    await repo.insertVersion(trx, {
      id,
      clinic_id: principal.clinicId,
      template_id: templateId,
      treatment: template.treatment,
      version: current.version + 1,
      title: request.title,
      body: request.body,
      material_revision: current.material_revision + (request.material ? 1 : 0),
      change_note: request.changeNote,
      published_by: principal.userId,
      published_at: now,
    });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'create',
        resourceType: 'consent_template',
        resourceId: id,
        details: { treatment: template.treatment, version: current.version + 1, material: request.material },
      },
      now,
    );
    return toTemplateVersion((await repo.findVersion(trx, principal.clinicId, id))!);
  });
}
