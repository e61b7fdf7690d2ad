import type { AgencyLevel } from './report';

export const AGENCY_LEVELS: Record<AgencyLevel, string> = {
  'city-government': '设区的市人民政府（含办公室）',
  'county-government': '区县人民政府（含办公室）',
  'city-department': '市级部门',
  'county-department': '区县级部门',
  township: '乡镇人民政府、街道办事处',
};

/**
 * Guesses the administrative level from an agency's name (e.g. 宁波市海曙区人民政府 → county-government,
 * 宁波市规划局 → city-department, 官洲街道办事处 → township). Null when the name does not say.
 */
export function guessAgencyLevel(agency: string | null | undefined): AgencyLevel | null {
  if (!agency) return null;
  const name = agency.replace(/\s+/g, '');
  if (/(镇|乡|街道)(人民政府|办事处)?$/.test(name) || /(街道办事处|镇人民政府|乡人民政府)/.test(name))
    return 'township';
  if (/(区|县|旗)人民政府(办公室)?$/.test(name)) return 'county-government';
  if (/市人民政府(办公室|办公厅)?$/.test(name)) return 'city-government';
  const lastDivision = Math.max(name.lastIndexOf('区'), name.lastIndexOf('县'));
  if (lastDivision >= 0 && lastDivision < name.length - 1) return 'county-department';
  if (name.includes('市') && !name.endsWith('市')) return 'city-department';
  return null;
}
