// Generated from apps/api/openapi.json by `pnpm --filter @nianbao/api-client generate`. Do not edit.

export interface paths {
  '/api/analytics/outliers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_outliers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/outliers.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_outliersWorkbook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_ranking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/scorecard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_scorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/scorecard.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_scorecardWorkbook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_trend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/change-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/wechat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 小程序微信登录：已绑定则返回令牌，未绑定则要求绑定码 */
    post: operations['WechatController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/wechat/bind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 用管理员发放的一次性绑定码绑定此微信并登录 */
    post: operations['WechatController_bind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/wechat/binding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WechatController_status'];
    put?: never;
    post?: never;
    /** 解除本人微信绑定 */
    delete: operations['WechatController_unbind'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/work-app': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 企业微信/政务微信内登录：已绑定则返回令牌，未绑定则要求绑定码 */
    post: operations['WorkAppAuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/work-app/{configId}/authorize-url': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 企业微信/政务微信网页授权地址（snsapi_base） */
    get: operations['WorkAppAuthController_authorizeUrl'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/work-app/bind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 用管理员发放的一次性绑定码绑定此企业微信/政务微信账号并登录 */
    post: operations['WorkAppAuthController_bind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_list'];
    put?: never;
    post: operations['CampaignsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_get'];
    put: operations['CampaignsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ExportsController_enqueue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_importBatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/reminder-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RemindersController_get'];
    put: operations['RemindersController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['RemindersController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_reports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/history-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryImportController_list'];
    put?: never;
    post: operations['HistoryImportController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/history-imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryImportController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/history-imports/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['HistoryImportController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/history-imports/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['HistoryImportController_review'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/history-imports/{id}/files/{fileId}/source': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryImportController_source'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JobsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/{id}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JobsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/wechat-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_remaining'];
    put?: never;
    post: operations['NotificationsController_addSubscriptions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgsController_list'];
    put?: never;
    post: operations['OrgsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgsController_get'];
    put: operations['OrgsController_rename'];
    post?: never;
    delete: operations['OrgsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/work-app-config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本市企业微信/政务微信配置（密钥只显示是否已设置） */
    get: operations['WorkAppConfigController_get'];
    /** 保存本市企业微信/政务微信配置（密钥加密保存；留空的密钥保持不变） */
    put: operations['WorkAppConfigController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OrgsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgsController_importTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgsController_tree'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public-site/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicSiteSettingsController_get'];
    put: operations['PublicSiteSettingsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_get'];
    put: operations['ReportsController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过 / 审批通过 */
    post: operations['ReportWorkflowController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_comments'];
    put?: never;
    post: operations['ReportsController_addComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/document.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicationController_document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_importReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/narrative-draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicationController_narrativeDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/prefill-from-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_prefill'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/previous-narrative': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicationController_previousNarrative'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicationController_publication'];
    put: operations['PublicationController_recordPublication'];
    post?: never;
    delete: operations['PublicationController_withdrawPublication'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新打开已通过的报告（须填写意见），退回填报人 */
    post: operations['ReportWorkflowController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回给填报人（须填写意见） */
    post: operations['ReportWorkflowController_return'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/source-file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryImportController_reportSource'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交（服务器重新校验：有强制性错误或未说明的提示性问题时拒绝） */
    post: operations['ReportWorkflowController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/validation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_validation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/versions/{version}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 填报人撤回（下一位处理人操作之前） */
    post: operations['ReportWorkflowController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/templates/{format}.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put: operations['UsersController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/wechat-binding-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 为账号发放一次性微信绑定码（24 小时内有效） */
    post: operations['WechatController_issueBindingCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/work-app-binding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkAppBindingsController_get'];
    /** 管理员为账号绑定企业微信/政务微信账号（UserID） */
    put: operations['WorkAppBindingsController_bind'];
    post?: never;
    /** 解除账号的企业微信/政务微信绑定 */
    delete: operations['WorkAppBindingsController_unbind'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_importTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-app/bindings/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BindingImportController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-app/bindings/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BindingImportController_importTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddSubscriptionsInput: {
      /** @description 本次同意的次数（一次性订阅每次同意可发一条） */
      accepted: number;
      /** @description 用户在小程序中同意的订阅消息模板 id */
      templateId: string;
    };
    AuditEntryOutput: {
      /** @example report.approve */
      action: string;
      /** Format: date-time */
      at: string;
      detail: Record<string, never> | null;
      entityId: number | null;
      entityType: string;
      id: number;
      userId: number | null;
    };
    CampaignOutput: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deadline: string;
      formatId: string;
      id: number;
      /** @description 导入的历史年报（已公开发布，只读） */
      isImportedHistory: boolean;
      name: string;
      ownerOrgId: number;
      reportYear: number;
      version: number;
    };
    CellCommentOutput: {
      authorId: number;
      body: string;
      cellCode: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
    };
    ChangePasswordInput: {
      currentPassword: string;
      newPassword: string;
    };
    ConfirmFilesInput: {
      /** @description 要导入的文件；每个文件都须有单位和年度 */
      fileIds: number[];
    };
    ConfirmHistoryOutput: {
      import: components['schemas']['HistoryImportOutput'];
      results: components['schemas']['StoredFileResultOutput'][];
    };
    CreateCampaignInput: {
      /**
       * Format: date-time
       * @example 2026-01-31T16:00:00.000Z
       */
      deadline: string;
      /**
       * @example 2021
       * @enum {string}
       */
      formatId: 'legacy' | '2019' | '2021';
      /** @example 2025 年度政府信息公开工作年度报告 */
      name: string;
      /** @description 须填报的单位；不填则为本单位下属的全部单位 */
      orgIds?: number[];
      /** @example 2025 */
      reportYear: number;
    };
    CreateCommentInput: {
      body: string;
      /** @example t3.row1.col1 */
      cellCode: string;
    };
    CreateExportInput: {
      /** @description 仅 documents：包中每份报告的格式（默认 docx、html、pdf 全部） */
      formats?: ('docx' | 'html' | 'pdf')[];
      /**
       * @description reports 全部报告；summary 汇总；progress 填报进度（未交、逾期、退回）；documents 公开年报包（已终审通过的报告，Word/PDF/网页，zip）
       * @enum {string}
       */
      kind: 'reports' | 'summary' | 'progress' | 'documents';
      /** @description 单位 id（默认为本人所在单位），导出该单位及其下属单位 */
      org?: number;
    };
    CreateOrgInput: {
      /** @example 东城街道 */
      name: string;
      parentId: number;
      /** @enum {string} */
      type: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
    };
    CreateUserInput: {
      /** @example 张三 */
      displayName: string;
      orgId: number;
      /** @description 初始密码（至少 8 位）；非演示模式下首次登录须修改 */
      password: string;
      roles: ('submitter' | 'unit_leader' | 'reviewer' | 'leader' | 'admin')[];
      /** @example dongcheng_submitter */
      username: string;
    };
    CurrentVersionInput: {
      /** @description 报告当前的版本号 */
      version: number;
    };
    DistributionOutput: {
      count: number;
      /** @description 中位数绝对偏差 */
      mad: number;
      max: number;
      median: number;
      min: number;
      q1: number;
      q3: number;
    };
    DraftParagraphOutput: {
      /** @description 段落的文字与引用，所有数字均引用统计表 */
      runs: components['schemas']['NarrativeRunDto'][];
      /** @description 所属部分，如 overview；旧格式（章节自由）为 null */
      sectionId: string | null;
      /** @description 所属小节，如 overview-on-request */
      subsectionId: string | null;
      /** @description 按当前统计表得出的文字 */
      text: string;
      /** @description 段落主题，如 依申请公开 */
      topic: string;
    };
    HistogramBinOutput: {
      count: number;
      from: number;
      to: number;
    };
    HistoryImportAcceptedOutput: {
      id: number;
      /** @description 读取文件的后台任务：GET /api/jobs/{id} 查看进度 */
      jobId: string;
    };
    HistoryImportFileOutput: {
      /** @description 报告中写明的单位名称 */
      agency: string | null;
      byteLength: number;
      /** @description 匹配可信度 0–100 */
      confidence: number;
      /** @description 从报告（或文件名）识别的年度 */
      detectedYear: number | null;
      fileName: string;
      /** @enum {string|null} */
      formatId: 'legacy' | '2019' | '2021' | null;
      id: number;
      /** @description 可以导入：有单位和年度，且已匹配或已确认 */
      isReady: boolean;
      /** @description 已由审核员确认或修改单位、年度 */
      isReviewed: boolean;
      /**
       * @description matched 已匹配；doubtful 存疑，须确认；unmatched 未匹配，须选择单位
       * @enum {string|null}
       */
      matchLevel: 'matched' | 'doubtful' | 'unmatched' | null;
      matchReason: string | null;
      /** @description 无法读取或未能导入的原因（中文） */
      message: string | null;
      /** @description 将导入到的单位 */
      orgId: number | null;
      orgName: string | null;
      proposedOrgId: number | null;
      /** @description 导入后的报告 */
      reportId: number | null;
      /** @description 将导入为的年度 */
      reportYear: number | null;
      /**
       * @description pending 待读取；read 待确认；failed 无法读取；skipped 已跳过；stored 已导入
       * @enum {string}
       */
      status: 'pending' | 'read' | 'failed' | 'skipped' | 'stored';
      /** @description 读不出的单元格数（保留为空，不当作 0） */
      unreadableCount: number;
      /** @description 读出数值的单元格数 */
      valueCount: number;
    };
    HistoryImportListItemOutput: {
      /** Format: date-time */
      createdAt: string;
      fileCount: number;
      id: number;
      orgName: string;
      /** Format: date-time */
      readAt: string | null;
      storedCount: number;
      /** @description 待确认（已读取、未导入、未跳过）的文件数 */
      waitingCount: number;
    };
    HistoryImportOutput: {
      /** Format: date-time */
      createdAt: string;
      files: components['schemas']['HistoryImportFileOutput'][];
      id: number;
      jobId: string | null;
      orgId: number;
      orgName: string;
      /**
       * Format: date-time
       * @description 全部文件读取完毕的时间
       */
      readAt: string | null;
    };
    JobAcceptedOutput: {
      /** @description 用 GET /api/jobs/{id} 查看进度和结果 */
      jobId: string;
    };
    JobStatusOutput: {
      attemptsMade: number;
      /** @description 最近一次失败的原因（中文） */
      failedReason: string | null;
      id: string;
      /** @enum {string} */
      name:
        | 'report.import'
        | 'campaign.batch-import'
        | 'history.import'
        | 'campaign.export'
        | 'reminders.scan'
        | 'reminders.send'
        | 'work-app.report-changed'
        | 'work-app.notify';
      /** @description 0–100 */
      progress: number;
      /** @description 完成后的结果：导入为新版本号和问题清单，导出为下载地址 */
      result: {
        [key: string]: unknown;
      } | null;
      /**
       * @description bull 的状态；等待重试时为 waiting
       * @enum {string}
       */
      state: 'waiting' | 'active' | 'completed' | 'failed';
    };
    LiveNumberDto: {
      /** @description kind 为 cells：单元格代码，多个则求和 */
      cells?: string[];
      /**
       * @description 与上年比较：change 为同比增减数，changePercent 为同比增减百分比
       * @enum {string}
       */
      compare?: 'change' | 'changePercent';
      /** @description kind 为 share：小数位数（0–2，默认 1） */
      decimals?: number;
      /** @description kind 为 figure：统计数字的代码，如 RECEIVED、DISCLOSED-RATE */
      figure?: string;
      /**
       * @description 单元格（或几个单元格之和）、统计数字或比例
       * @enum {string}
       */
      kind: 'cells' | 'figure' | 'share';
      /** @description kind 为 share：分子的单元格 */
      part?: string[];
      /** @description kind 为 share：分母的单元格 */
      whole?: string[];
    };
    LiveNumberValueOutput: {
      /** @description 引用的来源，如 统计表「一、本年新收政府信息公开申请数量·总计」 */
      source: string;
      /** @description 该版本中印出的文字，如 383件 */
      text: string;
    };
    LoginInput: {
      /** @example nianbao-demo */
      password: string;
      /** @example submitter */
      username: string;
    };
    MeasureOutput: {
      /** @description 含此指标的表格格式（legacy、2019、2021） */
      formatIds: string[];
      /** @description 指标 id，如 received、withheldShare */
      id: string;
      name: string;
      /** @description 件、万元或 % */
      unit: string;
    };
    MeOutput: {
      displayName: string;
      id: number;
      mustChangePassword: boolean;
      orgId: number;
      orgName: string;
      /** @enum {string} */
      orgType: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
      roles: ('submitter' | 'unit_leader' | 'reviewer' | 'leader' | 'admin')[];
      username: string;
    };
    NarrativeBlockDto: {
      /** @description 列表各项 */
      items?: string[];
      /** @description 列表是否编号 */
      ordered?: boolean;
      /** @description 含引用数字的段落：文字与引用依次排列；数字随统计表变化 */
      runs?: components['schemas']['NarrativeRunDto'][];
      /** @description 段落或小标题的文字；段落有 runs 时为按统计表得出的文字 */
      text?: string;
      /**
       * @description 段落、小标题或列表
       * @enum {string}
       */
      type: 'paragraph' | 'heading' | 'list';
    };
    NarrativeDraftOutput: {
      /** @description 初稿段落：仅为建议，不会覆盖已写的正文 */
      paragraphs: components['schemas']['DraftParagraphOutput'][];
      /** @description 本单位上年已通过报告的统计表（同比增减的依据）；没有时为 null */
      previous: components['schemas']['PreviousYearValuesOutput'] | null;
    };
    NarrativeDto: {
      /** @description “一、”之前的文字 */
      preamble: components['schemas']['NarrativeBlockDto'][];
      sections: components['schemas']['NarrativeSectionDto'][];
    };
    NarrativeRunDto: {
      /** @description 引用统计表的数字 */
      number?: components['schemas']['LiveNumberDto'];
      /** @description 输入的文字 */
      text?: string;
    };
    NarrativeSectionDto: {
      blocks: components['schemas']['NarrativeBlockDto'][];
      /** @description 格式规定的部分：overview、problems、other……；旧格式为 section-N */
      id: string;
      /** @description 小节，如（一）主动公开 */
      subsections: components['schemas']['NarrativeSectionDto'][];
      /** @description 标题，如 一、总体情况 */
      title: string;
    };
    NotificationOutput: {
      body: string;
      /** Format: date-time */
      createdAt: string;
      id: number;
      /** @description upcoming 即将截止、due 今日截止、overdue 已逾期、returned 退回未重交、review 待审核、remind 政务公开办提醒 */
      kind: string;
      link: string | null;
      /** Format: date-time */
      readAt: string | null;
      title: string;
      /** @description 微信发送失败的原因 */
      wechatError: string | null;
      /**
       * @description 是否也发送了微信订阅消息
       * @enum {string|null}
       */
      wechatStatus: 'sent' | 'failed' | null;
    };
    OrgImportOutput: {
      /** @description 新建的单位数 */
      created: number;
      /** @description 已存在而跳过的行数 */
      skipped: number;
    };
    OrgOutput: {
      id: number;
      name: string;
      parentId: number | null;
      /** @enum {string} */
      type: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
      /** @description 修改时须带上此版本号 */
      version: number;
    };
    OrgTreeNodeOutput: {
      children: components['schemas']['OrgTreeNodeOutput'][];
      id: number;
      name: string;
      parentId: number | null;
      /** @enum {string} */
      type: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
      /** @description 修改时须带上此版本号 */
      version: number;
    };
    OutlierOutput: {
      /** @description 该指标在此报告中的单元格（点击跳转到单元格） */
      cells: string[];
      /** @description 一句话说明 */
      description: string;
      /** @description 所属区/县 */
      districtId: number | null;
      formatId: string;
      /**
       * @description jump：与上年相比大幅变化；peer：明显偏离同类单位
       * @enum {string}
       */
      kind: 'jump' | 'peer';
      measure: components['schemas']['MeasureOutput'];
      orgId: number;
      orgName: string;
      orgType: string;
      /** @description 同类单位中位数 */
      peerMedian: number | null;
      previousReportId: number | null;
      previousValue: number | null;
      /** @description 报告 id（点击跳转到报告） */
      reportId: number;
      value: number;
      year: number;
      zScore: number | null;
    };
    OutliersOutput: {
      items: components['schemas']['OutlierOutput'][];
      year: number;
    };
    PreviousNarrativeOutput: {
      /** @description 上年已通过报告的正文，按本年格式的各部分排列；上年没有正文时为 null */
      narrative: components['schemas']['NarrativeDto'] | null;
      /** @description 上年报告的年度；上年没有已通过的报告时为 null */
      reportYear: number | null;
    };
    PreviousYearValuesOutput: {
      /** @enum {string} */
      formatId: 'legacy' | '2019' | '2021';
      reportYear: number;
      values: {
        [key: string]: number | null;
      };
    };
    ProgressGroupOutput: {
      /** @description 各状态的报告数 */
      byState: {
        [key: string]: number;
      };
      /** @description 按时提交率 = 截止前提交数 / 总数 */
      onTimeRate: number;
      orgId: number;
      orgName: string;
      orgType: string;
      /** @description 逾期：截止后才首次提交，或已过截止仍未提交 */
      overdue: number;
      /** @description 已登记在政府网站发布的份数 */
      published: number;
      /** @description 在法定期限内发布的份数（1月31日；县级以上人民政府本级报告3月31日） */
      publishedOnTime: number;
      /** @description 截止前已提交的份数 */
      submittedOnTime: number;
      total: number;
    };
    ProgressOutput: {
      /** @description 各状态的报告数 */
      byState: {
        [key: string]: number;
      };
      campaignId: number;
      /** Format: date-time */
      deadline: string;
      /** @description 按下一级单位（区/县、市级部门或区内单位）分组 */
      groups: components['schemas']['ProgressGroupOutput'][];
      /** @description 按时提交率 = 截止前提交数 / 总数 */
      onTimeRate: number;
      orgId: number;
      /** @description 逾期：截止后才首次提交，或已过截止仍未提交 */
      overdue: number;
      /** @description 已登记在政府网站发布的份数 */
      published: number;
      /** @description 在法定期限内发布的份数（1月31日；县级以上人民政府本级报告3月31日） */
      publishedOnTime: number;
      /** @description 截止前已提交的份数 */
      submittedOnTime: number;
      total: number;
    };
    PublicationOutput: {
      /** @description 报告已终审通过，当前用户可以登记或更正发布信息 */
      canRecord: boolean;
      /** @description 在法定期限内发布 */
      isOnTime: boolean | null;
      /** @description 已登记发布 */
      isPublished: boolean;
      /**
       * @description 年报专栏中的公开网址（本站路径）；未发布时为 null
       * @example /gk/reports/42
       */
      publicUrl: string | null;
      /** @example 2026-01-20 */
      publishedAt: string | null;
      /** Format: date-time */
      recordedAt: string | null;
      /**
       * @description 法定发布期限（1月31日；县级以上人民政府本级报告为3月31日）
       * @example 2026-01-31
       */
      statutoryDeadline: string;
      url: string | null;
    };
    PublicSiteSettingsInput: {
      /**
       * @description ICP 备案号
       * @example 浙ICP备00000000号
       */
      icpRecord: string;
      /**
       * @description 主办单位（页脚）
       * @example 示范市人民政府办公室
       */
      organizer: string;
      /**
       * @description 公安机关备案号
       * @example 浙公网安备 33000002000001号
       */
      policeRecord: string;
      /**
       * @description 网站标识码
       * @example 3300000001
       */
      siteCode: string;
      /**
       * @description 专栏标题
       * @example 示范市政府信息公开工作年度报告专栏
       */
      title: string;
      /** @description 专栏列出哪些层级的单位（市政府、市级部门、区县政府、区级部门、乡镇街道） */
      visibleOrgTypes: ('city' | 'district' | 'township' | 'district_department' | 'city_department')[];
    };
    PublicSiteSettingsOutput: {
      /** @description ICP 备案号 */
      icpRecord: string;
      /** @description 主办单位（页脚） */
      organizer: string;
      /** @description 公安机关备案号 */
      policeRecord: string;
      /** @description 网站标识码 */
      siteCode: string;
      /**
       * @description 专栏首页（本站路径）
       * @example /gk/
       */
      siteUrl: string;
      /** @description 专栏标题 */
      title: string;
      /** @description 专栏列出的单位层级 */
      visibleOrgTypes: ('city' | 'district' | 'township' | 'district_department' | 'city_department')[];
    };
    QualityCriterionOutput: {
      description: string;
      id: string;
      name: string;
      /** @description 权重（合计 100） */
      weight: number;
    };
    QualityFactsOutput: {
      hardFindings: number | null;
      isOnTime: boolean | null;
      isPublishedOnTime: boolean | null;
      narrativeFindings: number | null;
      publicationDeadline: string;
      publishedAt?: string | null;
      returnCount: number | null;
      sectionFindings: number | null;
      softFindings: number | null;
      /** Format: date-time */
      submittedAt?: string | null;
    };
    RankingEntryOutput: {
      /** @description 该指标在此报告中的单元格（点击跳转到单元格） */
      cells: string[];
      /** @description 所属区/县 */
      districtId: number | null;
      formatId: string;
      orgId: number;
      orgName: string;
      orgType: string;
      rank: number;
      /** @description 报告 id（点击跳转到报告） */
      reportId: number;
      value: number;
      /** @description 同类单位中的稳健 z 分数；同类数值无离散时为 null */
      zScore: number | null;
    };
    RankingOutput: {
      distribution: components['schemas']['DistributionOutput'] | null;
      /** @description 排名（前 limit 名） */
      entries: components['schemas']['RankingEntryOutput'][];
      histogram: components['schemas']['HistogramBinOutput'][];
      measure: components['schemas']['MeasureOutput'];
      /** @description 同类单位中的异常值（|稳健 z| ≥ 3.5） */
      outliers: components['schemas']['RankingEntryOutput'][];
      /** @description 有此指标数值的单位数 */
      total: number;
      year: number;
    };
    RecordPublicationInput: {
      /**
       * @description 在政府网站发布的日期（YYYY-MM-DD）
       * @example 2026-01-20
       */
      publishedAt: string;
      /**
       * @description 发布网址
       * @example https://www.example.gov.cn/xxgk/ndbg/2025.html
       */
      url: string;
    };
    RefreshInput: {
      refreshToken: string;
    };
    ReminderSettingsInput: {
      /** @description 截止前几天提醒填报人（另有截止当日和逾期提醒） */
      daysBefore: number;
      /** @description 退回后几天仍未重新提交时提醒 */
      returnedDays: number;
    };
    ReminderSettingsOutput: {
      daysBefore: number;
      returnedDays: number;
    };
    ReportEventOutput: {
      /** @example report.approve */
      action: string;
      /** Format: date-time */
      at: string;
      detail: Record<string, never> | null;
      userId: number | null;
    };
    ReportHistoryOutput: {
      /** @description 审批流程记录，新的在前 */
      events: components['schemas']['ReportEventOutput'][];
      /** @description 内容的各个版本，新的在前 */
      versions: components['schemas']['ReportVersionOutput'][];
    };
    ReportListItemOutput: {
      /** Format: date-time */
      approvedAt: string | null;
      campaignId: number;
      id: number;
      /** @description 逾期：截止后才首次提交，或已过截止仍未提交 */
      isOverdue: boolean;
      /** @enum {string|null} */
      lastAction: 'submit' | 'approve' | 'return' | 'withdraw' | 'reopen' | null;
      lastComment: string | null;
      orgId: number;
      orgName: string;
      /** @enum {string} */
      state:
        | 'draft'
        | 'pending_unit'
        | 'pending_district'
        | 'pending_district_leader'
        | 'pending_city'
        | 'pending_city_leader'
        | 'approved';
      /** @description 列表显示的状态，如 已退回 */
      statusLabel: string;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    ReportOutput: {
      /** Format: date-time */
      approvedAt: string | null;
      /** @description 当前用户现在可以执行的操作 */
      availableActions: ('submit' | 'approve' | 'return' | 'withdraw' | 'reopen')[];
      campaignId: number;
      /** @description 当前用户现在可以修改内容 */
      canEdit: boolean;
      explanations: {
        [key: string]: string;
      };
      formatId: string;
      id: number;
      /** @description 逾期：截止后才首次提交，或已过截止仍未提交 */
      isOverdue: boolean;
      /** @enum {string|null} */
      lastAction: 'submit' | 'approve' | 'return' | 'withdraw' | 'reopen' | null;
      lastComment: string | null;
      /** @description 正文，按格式的各部分排列（未写时各部分为空） */
      narrative: components['schemas']['NarrativeDto'];
      orgId: number;
      orgName: string;
      reportYear: number;
      /** @description 这份报告的审批路线 */
      route: components['schemas']['RouteStepOutput'][];
      /** @enum {string} */
      state:
        | 'draft'
        | 'pending_unit'
        | 'pending_district'
        | 'pending_district_leader'
        | 'pending_city'
        | 'pending_city_leader'
        | 'approved';
      /** @description 列表显示的状态，如 已退回 */
      statusLabel: string;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
      values: {
        [key: string]: number | null;
      };
      version: number;
    };
    ReportVersionOutput: {
      explanations: {
        [key: string]: string;
      };
      /** @description 正文中引用统计表的数字在该版本中的值；统计表改动后，新旧版本各显示其值 */
      liveNumbers: components['schemas']['LiveNumberValueOutput'][];
      /** @description 由哪一版恢复而来 */
      restoredFromVersion: number | null;
      /** Format: date-time */
      savedAt: string;
      savedById: number;
      values: {
        [key: string]: number | null;
      };
      version: number;
    };
    ReturnsByStageOutput: {
      count: number;
      label: string;
      /** @description 退回时所在的审核环节 */
      state: string;
    };
    ReviewFileInput: {
      /** @description 跳过这个文件（不导入） */
      isSkipped: boolean;
      /** @description 导入到的单位；跳过时可为空 */
      orgId: number | null;
      /** @description 导入为的年度；跳过时可为空 */
      reportYear: number | null;
    };
    RouteStepOutput: {
      label: string;
      /** @enum {string} */
      state:
        | 'draft'
        | 'pending_unit'
        | 'pending_district'
        | 'pending_district_leader'
        | 'pending_city'
        | 'pending_city_leader'
        | 'approved';
    };
    SaveReportInput: {
      /** @description 提示性问题的说明，键为校验结果中的 key */
      explanations?: {
        [key: string]: string;
      };
      /** @description 正文各部分（段落、小标题、列表）；省略则保留原正文。按格式检查，格式不对返回 400 */
      narrative?: components['schemas']['NarrativeDto'];
      /** @description 单元格值，键为单元格代码，值为数字或 null（未填） */
      values: {
        [key: string]: number | null;
      };
      /** @description 所修改的版本号；报告已被他人修改时返回 409，本次修改不保存 */
      version: number;
    };
    ScorecardOutput: {
      criteria: components['schemas']['QualityCriterionOutput'][];
      rows: components['schemas']['ScorecardRowOutput'][];
      year: number;
    };
    ScorecardRowOutput: {
      facts: components['schemas']['QualityFactsOutput'];
      orgId: number;
      orgName: string;
      orgType: string;
      /** @description 各项得分（权重 × 达成程度），未知为 null */
      points: {
        [key: string]: number | null;
      };
      /** @description 名次；无法评分时为 null */
      rank: number | null;
      reportId: number;
      /** @description 0–100；各项事实均未知时为 null */
      score: number | null;
    };
    SendRemindersInput: {
      /** @description 提醒该单位及其下级单位中未提交的报告；不填则提醒本人管辖范围内全部未完成的单位 */
      orgId?: number;
    };
    SendRemindersOutput: {
      jobId: string;
      /** @description 给操作人看的结果，如“已提醒 3 人；2 人 10 分钟内已提醒过，未重复发送。” */
      message: string;
      /** @description 未完成（未开始、草稿、已退回）的单位数 */
      orgs: number | null;
      /** @description 没有可接收提醒的填报账号的单位数 */
      orgsWithoutRecipients: number | null;
      /** @description 本次已提醒的人数 */
      reminded: number | null;
      /** @description 10 分钟内您已就同一单位提醒过、本次未重复发送的人数 */
      skippedRecently: number | null;
      /**
       * @description completed：已发送，数字为结果；queued：仍在后台发送，GET /api/jobs/{id} 完成后的 result 带同样的数字和 message
       * @enum {string}
       */
      state: 'completed' | 'queued';
    };
    StoredFileResultOutput: {
      fileId: number;
      isStored: boolean;
      /** @description 结果说明（中文） */
      message: string;
      reportId: number | null;
    };
    SubscriptionsOutput: {
      /** @description 剩余可发送的订阅消息条数 */
      remaining: number;
    };
    SummaryOutput: {
      campaignId: number;
      /** @description 每个单元格有多少份报告填了数 */
      contributors: {
        [key: string]: number;
      };
      formatId: string;
      orgId: number;
      orgName: string;
      /** @description 参与汇总（已通过）的报告数 */
      reportCount: number;
      /** @description 该单位下属单位的报告总数 */
      totalReports: number;
      values: {
        [key: string]: number | null;
      };
    };
    TimelineDayOutput: {
      /** @description 当天最终通过的份数 */
      approved: number;
      cumulativeApproved: number;
      cumulativeSubmitted: number;
      /** @description 日期（北京时间），YYYY-MM-DD */
      day: string;
      /** @description 当天结束时仍未提交的份数（燃尽） */
      notYetSubmitted: number;
      /** @description 当天首次提交的份数 */
      submitted: number;
    };
    TimelineOutput: {
      campaignId: number;
      days: components['schemas']['TimelineDayOutput'][];
      /** Format: date-time */
      deadline: string;
      orgId: number;
      returnsByStage: components['schemas']['ReturnsByStageOutput'][];
      totalReports: number;
    };
    TokenPairOutput: {
      accessToken: string;
      /** @description 为 true 时须先修改密码，其他接口暂不可用 */
      mustChangePassword: boolean;
      refreshToken: string;
    };
    TransitionInput: {
      /** @description 意见；退回和重新打开时必填 */
      comment?: string;
      /** @description 操作时看到的版本号；报告已变化时返回 409 */
      version: number;
    };
    TrendOutput: {
      measures: components['schemas']['MeasureOutput'][];
      /** @enum {string} */
      of: 'jurisdiction' | 'org';
      orgId: number;
      orgName: string;
      years: components['schemas']['TrendYearOutput'][];
    };
    TrendYearOutput: {
      /** @description 各数值指标有值的报告份数 */
      contributors: {
        [key: string]: number;
      };
      /** @description 这些报告使用的表格格式 */
      formatIds: string[];
      /** @description 计入的已通过报告份数 */
      reportCount: number;
      /** @description 各占比指标（%，由合计计算）；分母为 0 或未知时为 null */
      shares: {
        [key: string]: number | null;
      };
      /** @description 各数值指标的合计；没有任何报告填写时为 null（不是 0） */
      values: {
        [key: string]: number | null;
      };
      year: number;
    };
    UpdateCampaignInput: {
      /** Format: date-time */
      deadline: string;
      name: string;
      /** @description 所修改的版本号 */
      version: number;
    };
    UpdateOrgInput: {
      name: string;
      /** @description 所修改的版本号；已被他人修改时返回 409 */
      version: number;
    };
    UpdateUserInput: {
      /** @example 张三 */
      displayName: string;
      isActive: boolean;
      orgId: number;
      roles: ('submitter' | 'unit_leader' | 'reviewer' | 'leader' | 'admin')[];
      /** @description 所修改的版本号；已被他人修改时返回 409 */
      version: number;
    };
    UserImportOutput: {
      /** @description 新建的账号数 */
      created: number;
      /** @description 同一单位下已有同名账号而跳过的行数 */
      skipped: number;
    };
    UserOutput: {
      displayName: string;
      id: number;
      isActive: boolean;
      mustChangePassword: boolean;
      orgId: number;
      roles: ('submitter' | 'unit_leader' | 'reviewer' | 'leader' | 'admin')[];
      username: string;
      version: number;
    };
    ValidationOutput: {
      hardViolations: number;
      /** @description 可以提交（无强制性错误，提示性问题都已说明） */
      isSubmittable: boolean;
      unexplainedSoftViolations: number;
      violations: components['schemas']['ViolationOutput'][];
    };
    ViolationOutput: {
      cells: string[];
      explanation: string | null;
      /** @description 说明按此键保存 */
      key: string;
      message: string;
      ruleId: string;
      /** @enum {string} */
      severity: 'HARD' | 'SOFT' | 'INFO';
    };
    WechatBindingCodeOutput: {
      /** @description 一次性绑定码，只显示这一次 */
      bindingCode: string;
      /** Format: date-time */
      expiresAt: string;
    };
    WechatBindingStatusOutput: {
      isBound: boolean;
    };
    WechatBindInput: {
      /** @description 管理员发放的一次性绑定码 */
      bindingCode: string;
      /** @description 小程序 wx.login 得到的 code（一次性，5 分钟内有效） */
      code: string;
    };
    WechatLoginInput: {
      /** @description 小程序 wx.login 得到的 code（一次性，5 分钟内有效） */
      code: string;
    };
    WechatLoginOutput: {
      /** @description 此微信尚未绑定账号：请输入管理员发放的绑定码 */
      needsBinding: boolean;
      /** @description 已绑定时的登录令牌 */
      tokens: components['schemas']['TokenPairOutput'] | null;
    };
    WorkAppAuthorizeOutput: {
      /** @description 跳转到此地址完成网页授权 */
      url: string;
    };
    WorkAppBindingInput: {
      /** @description 企业微信/政务微信中的账号（UserID，通讯录里的“账号”） */
      workUserId: string;
    };
    WorkAppBindingOutput: {
      isBound: boolean;
      workUserId: string | null;
    };
    WorkAppBindInput: {
      /** @description 管理员发放的一次性绑定码（与微信绑定码相同） */
      bindingCode: string;
      /** @description 登录时返回的绑定凭据（10 分钟内有效） */
      bindingTicket: string;
    };
    WorkAppConfigInput: {
      /** @description 应用 AgentId */
      agentId: string;
      /** @description 接口地址，企业微信为 https://qyapi.weixin.qq.com，政务微信填本地部署的域名 */
      apiBaseUrl: string;
      /** @description 接收消息的 Token；留空则保留原值 */
      callbackToken?: string;
      /** @description 企业 ID（CorpID） */
      corpId: string;
      /** @description 接收消息的 EncodingAESKey（43 位）；留空则保留原值 */
      encodingAesKey?: string;
      /** @description 本系统 H5 地址（卡片链接、网页授权回调），如 https://nianbao.example.gov.cn/m/ */
      h5Url: string;
      /** @description 是否启用 */
      isEnabled: boolean;
      /** @description 发送审批卡片的审核层级 */
      levels: ('unit' | 'district' | 'city')[];
      /** @description 网页授权地址，企业微信为 https://open.weixin.qq.com */
      oauthBaseUrl: string;
      /**
       * @description wxwork 企业微信；govwx 政务微信
       * @enum {string}
       */
      platform: 'wxwork' | 'govwx';
      /** @description 应用 Secret；留空则保留原值 */
      secret?: string;
      /** @description 修改时看到的版本号；首次配置不填 */
      version?: number;
    };
    WorkAppConfigOutput: {
      agentId: string;
      apiBaseUrl: string;
      /** @description 填入应用“接收消息”的 URL 路径（拼在本系统域名后） */
      callbackPath: string | null;
      corpId: string;
      h5Url: string;
      hasCallbackToken: boolean;
      hasEncodingAesKey: boolean;
      hasSecret: boolean;
      /** @description 应用主页 / 工作台入口的 H5 地址 */
      homeUrl: string | null;
      /** @description 是否已保存过配置 */
      isConfigured: boolean;
      isEnabled: boolean;
      levels: ('unit' | 'district' | 'city')[];
      oauthBaseUrl: string;
      orgId: number;
      /** @enum {string} */
      platform: 'wxwork' | 'govwx';
      /** Format: date-time */
      updatedAt: string | null;
      version: number | null;
    };
    WorkAppLoginInput: {
      /** @description 网页授权（snsapi_base）回调带回的 code */
      code: string;
      /** @description 应用主页地址中的 workapp 参数（本市配置编号） */
      configId: number;
    };
    WorkAppLoginOutput: {
      /** @description 未绑定时用于绑定的凭据 */
      bindingTicket: string | null;
      /** @description 此企业微信/政务微信账号尚未绑定：请输入绑定码 */
      needsBinding: boolean;
      tokens: components['schemas']['TokenPairOutput'] | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AnalyticsController_outliers: {
    parameters: {
      query: {
        /** @description 只看此区/县（单位 id） */
        district?: number;
        /** @description 单位 id（默认为本人所在单位）；统计其下属单位的报告 */
        org?: number;
        /** @description 只看此类单位 */
        orgType?: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
        /** @description 年度 */
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 同比大幅变化和偏离同类单位的数值 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutliersOutput'];
        };
      };
    };
  };
  AnalyticsController_outliersWorkbook: {
    parameters: {
      query: {
        /** @description 只看此区/县（单位 id） */
        district?: number;
        /** @description 单位 id（默认为本人所在单位）；统计其下属单位的报告 */
        org?: number;
        /** @description 只看此类单位 */
        orgType?: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
        /** @description 年度 */
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 异常值 Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_ranking: {
    parameters: {
      query: {
        /** @description 只看此区/县（单位 id） */
        district?: number;
        /** @description 返回前多少名（默认 50，最多 1000） */
        limit?: number;
        /** @description 指标：数值（如 received）或占比（如 withheldShare） */
        measure:
          | 'received'
          | 'handled'
          | 'disclosed'
          | 'partlyDisclosed'
          | 'withheld'
          | 'cannotProvide'
          | 'notProcessed'
          | 'carriedOver'
          | 'reviews'
          | 'reviewsCorrected'
          | 'lawsuits'
          | 'lawsuitsCorrected'
          | 'normativeMade'
          | 'normativeRepealed'
          | 'normativeValid'
          | 'licensing'
          | 'penalties'
          | 'enforcement'
          | 'chargeItems'
          | 'chargeAmount'
          | 'disclosedShare'
          | 'partlyDisclosedShare'
          | 'withheldShare'
          | 'cannotProvideShare'
          | 'notProcessedShare'
          | 'reviewCorrectionRate'
          | 'lawsuitCorrectionRate';
        /** @description 排序，默认从大到小 */
        order?: 'desc' | 'asc';
        /** @description 单位 id（默认为本人所在单位）；统计其下属单位的报告 */
        org?: number;
        /** @description 只看此类单位 */
        orgType?: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
        /** @description 年度 */
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 某年度各单位某指标的排名、分布和异常值 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RankingOutput'];
        };
      };
    };
  };
  AnalyticsController_scorecard: {
    parameters: {
      query: {
        /** @description 只看此区/县（单位 id） */
        district?: number;
        /** @description 单位 id（默认为本人所在单位）；统计其下属单位的报告 */
        org?: number;
        /** @description 只看此类单位 */
        orgType?: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
        /** @description 年度 */
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 年报质量评分（含权重）和排名 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardOutput'];
        };
      };
    };
  };
  AnalyticsController_scorecardWorkbook: {
    parameters: {
      query: {
        /** @description 只看此区/县（单位 id） */
        district?: number;
        /** @description 单位 id（默认为本人所在单位）；统计其下属单位的报告 */
        org?: number;
        /** @description 只看此类单位 */
        orgType?: 'city' | 'district' | 'township' | 'district_department' | 'city_department';
        /** @description 年度 */
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 年报质量评分 Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_timeline: {
    parameters: {
      query: {
        /** @description 填报任务 id */
        campaign: number;
        /** @description 单位 id（默认为本人所在单位）；统计其下属单位的报告 */
        org?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 填报任务逐日提交、通过（燃尽）与各环节退回 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineOutput'];
        };
      };
    };
  };
  AnalyticsController_trend: {
    parameters: {
      query?: {
        /** @description 起始年度 */
        from?: number;
        /** @description jurisdiction：下属单位合计（与汇总口径相同，默认）；org：该单位本级报告 */
        of?: 'jurisdiction' | 'org';
        /** @description 单位 id（默认为本人所在单位）；统计其下属单位的报告 */
        org?: number;
        /** @description 截止年度 */
        to?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 历年趋势：辖区合计（与汇总同口径）或单位本级 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrendOutput'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        action?: string;
        /** @description 分页：只返回 id 小于此值的记录 */
        beforeId?: number;
        entityId?: number;
        entityType?: 'org' | 'user' | 'campaign' | 'report';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryOutput'][];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordInput'];
      };
    };
    responses: {
      /** @description 修改成功后旧的刷新令牌失效 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairOutput'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairOutput'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairOutput'];
        };
      };
    };
  };
  WechatController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WechatLoginInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WechatLoginOutput'];
        };
      };
    };
  };
  WechatController_bind: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WechatBindInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WechatLoginOutput'];
        };
      };
    };
  };
  WechatController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WechatBindingStatusOutput'];
        };
      };
    };
  };
  WechatController_unbind: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WechatBindingStatusOutput'];
        };
      };
    };
  };
  WorkAppAuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkAppLoginInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppLoginOutput'];
        };
      };
    };
  };
  WorkAppAuthController_authorizeUrl: {
    parameters: {
      query: {
        redirectUri: string;
      };
      header?: never;
      path: {
        configId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppAuthorizeOutput'];
        };
      };
    };
  };
  WorkAppAuthController_bind: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkAppBindInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppLoginOutput'];
        };
      };
    };
  };
  CampaignsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignOutput'][];
        };
      };
    };
  };
  CampaignsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCampaignInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignOutput'];
        };
      };
    };
  };
  CampaignsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignOutput'];
        };
      };
    };
  };
  CampaignsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCampaignInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignOutput'];
        };
      };
    };
  };
  ExportsController_enqueue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateExportInput'];
      };
    };
    responses: {
      /** @description 完成后用 GET /api/jobs/{id}/download 下载 */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedOutput'];
        };
      };
    };
  };
  ImportsController_importBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    /** @description 装有多个 .xlsx 工作簿的 .zip；按工作簿中的填报单位名称对应到单位 */
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description 结果逐个文件列出 */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedOutput'];
        };
      };
    };
  };
  CampaignsController_progress: {
    parameters: {
      query?: {
        /** @description 单位 id（默认为本人所在单位） */
        org?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressOutput'];
        };
      };
    };
  };
  RemindersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderSettingsOutput'];
        };
      };
    };
  };
  RemindersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReminderSettingsInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderSettingsOutput'];
        };
      };
    };
  };
  RemindersController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendRemindersInput'];
      };
    };
    responses: {
      /** @description 政务公开办立即提醒未提交单位的填报人；10 分钟内重复点击不会重复发送 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SendRemindersOutput'];
        };
      };
    };
  };
  CampaignsController_reports: {
    parameters: {
      query?: {
        /** @description 只看此单位及其下属单位 */
        org?: number;
        /** @description true 只看逾期的，false 只看未逾期的 */
        overdue?: boolean;
        state?:
          | 'draft'
          | 'pending_unit'
          | 'pending_district'
          | 'pending_district_leader'
          | 'pending_city'
          | 'pending_city_leader'
          | 'approved';
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportListItemOutput'][];
        };
      };
    };
  };
  CampaignsController_summary: {
    parameters: {
      query?: {
        /** @description 单位 id（默认为本人所在单位） */
        org?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryOutput'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  HistoryImportController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryImportListItemOutput'][];
        };
      };
    };
  };
  HistoryImportController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description 已发布的历史年报：网页、PDF、Word、文本、Excel 文件，或装有它们的 .zip（可多选） */
    requestBody: {
      content: {
        'multipart/form-data': {
          files?: string[];
        };
      };
    };
    responses: {
      /** @description 文件在后台逐个读取，完成后逐个确认 */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryImportAcceptedOutput'];
        };
      };
    };
  };
  HistoryImportController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryImportOutput'];
        };
      };
    };
  };
  HistoryImportController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmFilesInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConfirmHistoryOutput'];
        };
      };
    };
  };
  HistoryImportController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fileId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewFileInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryImportFileOutput'];
        };
      };
    };
  };
  HistoryImportController_source: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fileId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 上传的原始文件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  JobsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobStatusOutput'];
        };
      };
    };
  };
  JobsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导出任务生成的工作簿，或公开年报包（zip） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeOutput'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 本人的消息，最新的在前（最多 100 条） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationOutput'][];
        };
      };
    };
  };
  NotificationsController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationOutput'];
        };
      };
    };
  };
  NotificationsController_remaining: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionsOutput'];
        };
      };
    };
  };
  NotificationsController_addSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddSubscriptionsInput'];
      };
    };
    responses: {
      /** @description 记录用户在小程序中同意的订阅次数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionsOutput'];
        };
      };
    };
  };
  OrgsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 可见的全部单位，上级在前 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgOutput'][];
        };
      };
    };
  };
  OrgsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgOutput'];
        };
      };
    };
  };
  OrgsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgOutput'];
        };
      };
    };
  };
  OrgsController_rename: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrgInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgOutput'];
        };
      };
    };
  };
  OrgsController_remove: {
    parameters: {
      query: {
        /** @description 所删除的版本号 */
        version: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  WorkAppConfigController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppConfigOutput'];
        };
      };
    };
  };
  WorkAppConfigController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkAppConfigInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppConfigOutput'];
        };
      };
    };
  };
  OrgsController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description .xlsx 工作簿（第一个工作表）或 UTF-8 编码的 CSV，列：名称, 类型（区/县、乡镇/街道、区级部门、市级部门）, 上级单位（空则为本级） */
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgImportOutput'];
        };
      };
    };
  };
  OrgsController_importTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 机构导入模板（.xlsx）：名称, 类型, 上级单位 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrgsController_tree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgTreeNodeOutput'][];
        };
      };
    };
  };
  PublicSiteSettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 年报专栏的标题、页脚和列出的单位层级 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicSiteSettingsOutput'];
        };
      };
    };
  };
  PublicSiteSettingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicSiteSettingsInput'];
      };
    };
    responses: {
      /** @description 市政务公开办审核员或系统管理员设置年报专栏 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicSiteSettingsOutput'];
        };
      };
    };
  };
  ReportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  ReportsController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveReportInput'];
      };
    };
    responses: {
      /** @description 每次保存生成一个新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  ReportWorkflowController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  ReportsController_comments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CellCommentOutput'][];
        };
      };
    };
  };
  ReportsController_addComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCommentInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CellCommentOutput'];
        };
      };
    };
  };
  PublicationController_document: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        format: string;
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 按正式格式生成的年度报告：format 为 docx（Word）、pdf 或 html（网页） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 本报告当前版本的 Excel 工作簿（可再导入） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportHistoryOutput'];
        };
      };
    };
  };
  ImportsController_importReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    /** @description Excel 模板（.xlsx）或已发布的年度报告（.docx、.html、.txt、.pdf），类型按内容识别 */
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description 导入在后台进行，结果为新的草稿版本和问题清单 */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedOutput'];
        };
      };
    };
  };
  PublicationController_narrativeDraft: {
    parameters: {
      query?: {
        /** @description 措辞方案（0–9），换一种说法；默认 0 */
        variant?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 生成初稿：按统计表（和上年报告）写出总体情况的标准段落，数字均引用统计表；只是建议，不保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NarrativeDraftOutput'];
        };
      };
    };
  };
  ReportsController_prefill: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CurrentVersionInput'];
      };
    };
    responses: {
      /** @description 以下级单位已通过报告的汇总数填入本报告（生成新版本） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  PublicationController_previousNarrative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 上年文本：本单位上年已通过报告的正文 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreviousNarrativeOutput'];
        };
      };
    };
  };
  PublicationController_publication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationOutput'];
        };
      };
    };
  };
  PublicationController_recordPublication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPublicationInput'];
      };
    };
    responses: {
      /** @description 登记（或更正）发布日期和网址；报告须已终审通过 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationOutput'];
        };
      };
    };
  };
  PublicationController_withdrawPublication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 撤下已发布的报告：年报专栏中该报告的网址此后返回 410 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationOutput'];
        };
      };
    };
  };
  ReportWorkflowController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  ReportWorkflowController_return: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  HistoryImportController_reportSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入的历史年报所读取的原始文件（网页、PDF、Word 等） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportWorkflowController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  ReportsController_validation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationOutput'];
        };
      };
    };
  };
  ReportsController_restore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CurrentVersionInput'];
      };
    };
    responses: {
      /** @description 以该版本的内容生成一个新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  ReportWorkflowController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportOutput'];
        };
      };
    };
  };
  ExportsController_template: {
    parameters: {
      query?: {
        /** @description 单位 id：模板中预填该单位名称 */
        org?: number;
        /** @description 报告年度：模板中预填 */
        year?: number;
      };
      header?: never;
      path: {
        format: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 填报模板（format 为 2021、2019 或 legacy） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserOutput'][];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserOutput'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserOutput'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserOutput'];
        };
      };
    };
  };
  WechatController_issueBindingCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WechatBindingCodeOutput'];
        };
      };
    };
  };
  WorkAppBindingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppBindingOutput'];
        };
      };
    };
  };
  WorkAppBindingsController_bind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkAppBindingInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppBindingOutput'];
        };
      };
    };
  };
  WorkAppBindingsController_unbind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkAppBindingOutput'];
        };
      };
    };
  };
  UsersController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description .xlsx 工作簿（第一个工作表）或 UTF-8 编码的 CSV，列：用户名, 姓名, 单位, 角色, 初始密码；多个角色用“、”分隔。有任何一行有误时整份不导入 */
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserImportOutput'];
        };
      };
    };
  };
  UsersController_importTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 用户导入模板（.xlsx）：用户名, 姓名, 单位, 角色, 初始密码 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BindingImportController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description .xlsx 工作簿（第一个工作表）或 UTF-8 编码的 CSV，列：用户名, 企业微信/政务微信账号。有任何一行有误时整份不导入 */
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description created：新绑定的账号数；skipped：已按相同方式绑定而跳过的行数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserImportOutput'];
        };
      };
    };
  };
  BindingImportController_importTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 企业微信/政务微信账号绑定模板（.xlsx）：用户名, 企业微信/政务微信账号 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
