import type { Database } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { loadMapSettings, lockMapSettings, writeMapSettings } from './settings-repository.ts';
import type { MapSettingsInput } from './settings-schema.ts';

export interface MapUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
}

/** The jurisdiction asked for, which must lie in the actor's scope; the actor's own by default. */
export function jurisdictionInScope(actor: Actor, jurisdictionCode: string | undefined): string {
  const code = jurisdictionCode ?? actor.jurisdictionCode;
  if (!actor.scope.codes.includes(code)) throw new Problem('NOT_FOUND', '未找到该辖区，或该辖区不在您的管辖范围内');
  return code;
}

export async function getMapSettings({ db, actor }: Omit<MapUseCase, 'requestId'>, jurisdictionCode?: string) {
  const code = jurisdictionInScope(actor, jurisdictionCode);
  const { settings, version, inheritedFrom } = await loadMapSettings(db, code);
  return { jurisdictionCode: code, ...settings, version, inheritedFrom };
}

/** Writes the admin's own jurisdiction's row; `version` 0 creates it (the jurisdiction inherited until now). */
export async function putMapSettings(uc: MapUseCase, input: MapSettingsInput) {
  const code = uc.actor.jurisdictionCode;
  const { version, ...settings } = input;
  await uc.db.transaction(async (tx) => {
    await lockMapSettings(tx, code);
    const current = await loadMapSettings(tx, code);
    if (current.version !== version) {
      throw new Problem('VERSION_CONFLICT', `地图设置在您编辑期间已被修改（当前为第 ${current.version} 版），请刷新后再保存`, {
        currentVersion: current.version,
      });
    }
    await writeMapSettings(tx, code, settings, uc.actor.userId);
    await appendAudit(tx, [
      {
        jurisdictionCode: code,
        entityType: 'map_settings',
        entityId: code,
        entityVersion: current.version + 1,
        action: current.version === 0 ? 'CREATE' : 'UPDATE',
        actorId: uc.actor.userId,
        actorName: uc.actor.displayName,
        requestId: uc.requestId,
        before: current.version === 0 ? null : current.settings,
        after: settings,
      },
    ]);
  });
  return getMapSettings(uc, code);
}
