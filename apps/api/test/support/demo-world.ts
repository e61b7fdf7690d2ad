import type { WorkflowAction } from '@nianbao/workflow';
import type { Response } from 'supertest';
import type { TestApp } from './test-app';

export interface ReportRef {
  id: number;
  version: number;
  state: string;
}

/** Finds demo orgs, campaigns and reports by name, and runs workflow actions, through the API as a user would. */
export class DemoWorld {
  private orgIds = new Map<string, number>();

  constructor(readonly api: TestApp) {}

  async orgId(name: string): Promise<number> {
    if (this.orgIds.size === 0) {
      const response = await this.api.get('/api/orgs', 'admin');
      for (const org of response.body as { id: number; name: string }[]) this.orgIds.set(org.name, org.id);
    }
    const id = this.orgIds.get(name);
    if (id === undefined) throw new Error(`no demo org named ${name}`);
    return id;
  }

  async campaignId(reportYear: number): Promise<number> {
    const response = await this.api.get('/api/campaigns', 'admin');
    const campaign = (response.body as { id: number; reportYear: number }[]).find(
      (candidate) => candidate.reportYear === reportYear,
    );
    if (!campaign) throw new Error(`no campaign for ${reportYear}`);
    return campaign.id;
  }

  async report(campaignId: number, orgName: string): Promise<ReportRef> {
    const orgId = await this.orgId(orgName);
    const response = await this.api.get(`/api/campaigns/${campaignId}/reports?org=${orgId}`, 'admin');
    const report = (response.body as (ReportRef & { orgId: number })[]).find(
      (candidate) => candidate.orgId === orgId,
    );
    if (!report) throw new Error(`no report of ${orgName} in campaign ${campaignId}`);
    return report;
  }

  /** Runs an action on the report's current version; returns the response. */
  async act(reportId: number, action: WorkflowAction, username: string, comment?: string): Promise<Response> {
    const current = await this.api.get(`/api/reports/${reportId}`, 'admin');
    return this.api.post(`/api/reports/${reportId}/${action}`, username, {
      version: current.body.version,
      ...(comment ? { comment } : {}),
    });
  }

  async createUser(username: string, orgName: string, roles: string[]): Promise<void> {
    const response = await this.api.post('/api/users', 'admin', {
      username,
      displayName: username,
      orgId: await this.orgId(orgName),
      roles,
      password: 'nianbao-demo',
    });
    if (response.status !== 201)
      throw new Error(`creating ${username} failed: ${JSON.stringify(response.body)}`);
  }

  async createCampaign(
    username: string,
    reportYear: number,
    orgNames: string[],
    deadline = new Date(Date.now() + 30 * 24 * 3600 * 1000),
  ): Promise<number> {
    const orgIds = await Promise.all(orgNames.map((name) => this.orgId(name)));
    const response = await this.api.post('/api/campaigns', username, {
      name: `${reportYear} 年度测试任务`,
      reportYear,
      formatId: '2021',
      deadline,
      orgIds,
    });
    if (response.status !== 201)
      throw new Error(`creating campaign failed: ${JSON.stringify(response.body)}`);
    return response.body.id;
  }
}
