import type { WorkAppLevel } from '../entities/work-app-config.entity';

/** A city's work app with its secrets opened: what the client, the callback and the sign-in use. */
export interface WorkAppSettings {
  id: number;
  orgId: number;
  isEnabled: boolean;
  corpId: string;
  agentId: string;
  apiBaseUrl: string;
  oauthBaseUrl: string;
  h5Url: string;
  secret: string;
  callbackToken: string;
  encodingAesKey: string;
  levels: WorkAppLevel[];
}

/** The review steps each configured level covers. */
export const LEVEL_STATES: Record<WorkAppLevel, readonly string[]> = {
  unit: ['pending_unit'],
  district: ['pending_district', 'pending_district_leader'],
  city: ['pending_city', 'pending_city_leader'],
};
