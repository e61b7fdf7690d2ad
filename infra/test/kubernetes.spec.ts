import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { Manifest } from './support/infra-files';
import {
  API_SETTINGS,
  K8S_FOLDER,
  kubernetesObject,
  readManifests,
  readYamlDocuments,
  RUNTIME_SETTINGS,
} from './support/infra-files';

/** Model classes generated from the Kubernetes OpenAPI schema; `validate()` throws on any schema violation. */
const MODELS: Record<string, new (data: object) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
};

interface PodSpec {
  containers: {
    name: string;
    command?: string[];
    envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  }[];
}

const manifests = readManifests();
const named = (kind: string, name: string) =>
  manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
const podTemplate = (manifest: Manifest) =>
  (manifest.spec as { template: { metadata: { labels: Record<string, string> }; spec: PodSpec } }).template;

describe('Kubernetes manifests', () => {
  it.each(
    manifests.map((manifest) => [`${manifest.file}: ${manifest.kind} ${manifest.metadata.name}`, manifest]),
  )('%s is valid against the Kubernetes schema', (_title, manifest) => {
    const object = kubernetesObject(manifest as Manifest);
    const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
    expect(Model).toBeDefined();
    expect(() => new Model(object).validate()).not.toThrow();
  });

  it('a broken manifest is refused (the validator does check)', () => {
    const deployment = named('Deployment', 'api') as Manifest;
    const object = kubernetesObject(deployment);
    const broken = { ...object, spec: { ...(object.spec as object), replicas: 'two' } };
    expect(() => new Deployment(broken as object).validate()).toThrow();
  });

  it('has API and worker Deployments from one image, a migration Job, HPAs on CPU and an Ingress', () => {
    const api = podTemplate(named('Deployment', 'api') as Manifest).spec.containers[0];
    const worker = podTemplate(named('Deployment', 'worker') as Manifest).spec.containers[0];
    const migrate = podTemplate(named('Job', 'nianbao-migrate') as Manifest).spec.containers[0];
    expect(worker.command).toEqual(['node', 'dist/worker.js']);
    expect(migrate.command).toEqual(['node', 'dist/database/run-migrations.js']);
    const images = [api, worker, migrate].map((container) => (container as { image?: string }).image);
    expect(new Set(images).size).toBe(1);
    for (const hpa of ofKind('HorizontalPodAutoscaler'))
      expect(hpa.spec).toMatchObject({ metrics: [{ type: 'Resource', resource: { name: 'cpu' } }] });
    expect(ofKind('HorizontalPodAutoscaler').map((hpa) => hpa.metadata.name)).toEqual(
      expect.arrayContaining(['api', 'worker']),
    );
  });

  it('every reference resolves: Services select pods, Ingress and HPAs point at what exists, env comes from the ConfigMap/Secret', () => {
    const podLabels = [...ofKind('Deployment'), ...ofKind('Job')].map(
      (workload) => podTemplate(workload).metadata.labels,
    );
    for (const service of ofKind('Service')) {
      const selector = (service.spec as { selector: Record<string, string> }).selector;
      expect(
        podLabels.some((labels) => Object.entries(selector).every(([key, value]) => labels[key] === value)),
      ).toBe(true);
    }
    for (const ingress of ofKind('Ingress')) {
      const rules = (
        ingress.spec as { rules: { http: { paths: { backend: { service: { name: string } } }[] } }[] }
      ).rules;
      for (const rulePath of rules.flatMap((rule) => rule.http.paths))
        expect(named('Service', rulePath.backend.service.name)).toBeDefined();
    }
    for (const hpa of ofKind('HorizontalPodAutoscaler'))
      expect(
        named('Deployment', (hpa.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name),
      ).toBeDefined();
    for (const workload of [...ofKind('Deployment'), ...ofKind('Job')])
      for (const source of podTemplate(workload).spec.containers.flatMap(
        (container) => container.envFrom ?? [],
      )) {
        if (source.configMapRef) expect(named('ConfigMap', source.configMapRef.name)).toBeDefined();
        if (source.secretRef) expect(named('Secret', source.secretRef.name)).toBeDefined();
      }
  });

  it('the ConfigMap and the Secret set only settings the API reads, and every secret setting is in the Secret', () => {
    const configKeys = ofKind('ConfigMap').flatMap((map) => Object.keys(map.data ?? {}));
    const secretKeys = ofKind('Secret').flatMap((secret) =>
      Object.keys(secret.stringData ?? secret.data ?? {}),
    );
    const unknown = [...configKeys, ...secretKeys].filter(
      (key) => !API_SETTINGS.includes(key) && !RUNTIME_SETTINGS.includes(key),
    );
    expect(unknown).toEqual([]);
    expect(configKeys.filter((key) => /SECRET|PASSWORD/.test(key))).toEqual([]);
    expect(secretKeys).toEqual(expect.arrayContaining(['JWT_SECRET', 'MYSQL_PASSWORD']));
  });

  it('the kustomization lists every manifest file', () => {
    const kustomization = readYamlDocuments(path.join(K8S_FOLDER, 'kustomization.yaml'))[0] as {
      resources: string[];
    };
    const files = readdirSync(K8S_FOLDER).filter(
      (file) => file.endsWith('.yaml') && file !== 'kustomization.yaml',
    );
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });
});
