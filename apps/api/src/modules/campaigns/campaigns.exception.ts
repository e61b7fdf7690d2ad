import { AppException } from '../../common/app.exception';

export enum CampaignErrorCode {
  CAMPAIGN_NOT_FOUND = 'CAMPAIGN_NOT_FOUND',
  NOT_ALLOWED = 'CAMPAIGN_NOT_ALLOWED',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_ORGS = 'INVALID_ORGS',
  DUPLICATE_CAMPAIGN = 'DUPLICATE_CAMPAIGN',
}

export class CampaignException extends AppException {
  static notFound() {
    return new CampaignException(404, CampaignErrorCode.CAMPAIGN_NOT_FOUND, '填报任务不存在。');
  }
  static notAllowed() {
    return new CampaignException(
      403,
      CampaignErrorCode.NOT_ALLOWED,
      '只有审核员或系统管理员可以发布和修改填报任务。',
    );
  }
  static stale() {
    return new CampaignException(
      409,
      CampaignErrorCode.STALE_VERSION,
      '该填报任务已被他人修改，请刷新后再改。您的修改未保存。',
    );
  }
  static invalidOrgs(message: string) {
    return new CampaignException(400, CampaignErrorCode.INVALID_ORGS, message);
  }
  static duplicate(year: number) {
    return new CampaignException(
      409,
      CampaignErrorCode.DUPLICATE_CAMPAIGN,
      `本单位已有 ${year} 年度的填报任务。`,
    );
  }
}
